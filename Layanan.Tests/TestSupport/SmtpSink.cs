using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Layanan.Tests.TestSupport;

/// <summary>
/// A small SMTP server on 127.0.0.1 for tests. It speaks enough of RFC 5321 for MailKit (EHLO/HELO,
/// optional AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeps every message it accepts, and can
/// reject recipients or connections on request. It never relays anything.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Domain = "sink.test";

    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;
    private readonly Lock gate = new();
    private readonly List<Message> messages = [];
    private readonly List<string> authenticatedUsers = [];
    private readonly List<Task> sessions = [];
    private readonly Queue<string> recipientReplies = new();
    private readonly Queue<string> connectionReplies = new();
    private int connectionCount;
    private int stalledConnections;
    private (string User, string Password)? credentials;

    private SmtpSink()
    {
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        acceptLoop = AcceptAsync(stopping.Token);
    }

    /// <summary>A message as the sink received it.</summary>
    /// <param name="From">Address in <c>MAIL FROM</c>.</param>
    /// <param name="Recipients">Addresses in the accepted <c>RCPT TO</c> commands.</param>
    /// <param name="Data">Bytes between <c>DATA</c> and the final dot, dot-unstuffed, with CRLF line ends.</param>
    public sealed record Message(string From, IReadOnlyList<string> Recipients, byte[] Data);

    public string Host => IPAddress.Loopback.ToString();

    public int Port { get; }

    /// <summary>Messages accepted so far, in order of arrival.</summary>
    public IReadOnlyList<Message> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    /// <summary>User names that authenticated successfully, one entry per AUTH.</summary>
    public IReadOnlyList<string> AuthenticatedUsers
    {
        get
        {
            lock (gate)
            {
                return [.. authenticatedUsers];
            }
        }
    }

    /// <summary>TCP connections accepted so far, including rejected and stalled ones.</summary>
    public int ConnectionCount => Volatile.Read(ref connectionCount);

    /// <summary>Starts a sink on a free loopback port.</summary>
    public static SmtpSink Start() => new();

    /// <summary>Advertises AUTH PLAIN and accepts only this user name and password.</summary>
    public void RequireCredentials(string user, string password)
    {
        lock (gate)
        {
            credentials = (user, password);
        }
    }

    /// <summary>Replies to the next <paramref name="count"/> <c>RCPT TO</c> commands with <paramref name="reply"/>.</summary>
    public void RejectNextRecipients(int count, string reply = "550 5.1.1 Mailbox unavailable")
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                recipientReplies.Enqueue(reply);
            }
        }
    }

    /// <summary>Greets the next <paramref name="count"/> connections with <paramref name="reply"/> and closes them.</summary>
    public void RejectNextConnections(int count, string reply = "421 4.3.2 Service not available, closing transmission channel")
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                connectionReplies.Enqueue(reply);
            }
        }
    }

    /// <summary>Accepts the next <paramref name="count"/> connections but never sends the greeting.</summary>
    public void StallNextConnections(int count) => Interlocked.Add(ref stalledConnections, count);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await acceptLoop;

        Task[] running;
        lock (gate)
        {
            running = [.. sessions];
        }

        await Task.WhenAll(running);
        stopping.Dispose();
    }

    private async Task AcceptAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref connectionCount);
            lock (gate)
            {
                sessions.Add(ServeAsync(client, token));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken token)
    {
        using (client)
        {
            try
            {
                var session = new Session(this, client.GetStream());
                await session.RunAsync(token);
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up or the sink is stopping, and either way the session is over.
            }
        }
    }

    private string? TakeConnectionReply()
    {
        lock (gate)
        {
            return connectionReplies.TryDequeue(out var reply) ? reply : null;
        }
    }

    private bool TakeStall()
    {
        var current = Volatile.Read(ref stalledConnections);
        while (current > 0)
        {
            var previous = Interlocked.CompareExchange(ref stalledConnections, current - 1, current);
            if (previous == current)
            {
                return true;
            }

            current = previous;
        }

        return false;
    }

    private string? TakeRecipientReply()
    {
        lock (gate)
        {
            return recipientReplies.TryDequeue(out var reply) ? reply : null;
        }
    }

    private (string User, string Password)? Credentials()
    {
        lock (gate)
        {
            return credentials;
        }
    }

    private void Record(Message message)
    {
        lock (gate)
        {
            messages.Add(message);
        }
    }

    private void RecordAuthentication(string user)
    {
        lock (gate)
        {
            authenticatedUsers.Add(user);
        }
    }

    /// <summary>One SMTP conversation. Commands are read as ASCII lines, and DATA is kept as raw bytes.</summary>
    private sealed class Session(SmtpSink sink, NetworkStream stream)
    {
        private readonly byte[] buffer = new byte[8192];
        private int bufferStart;
        private int bufferEnd;
        private bool greeted;
        private string? from;
        private readonly List<string> recipients = [];

        public async Task RunAsync(CancellationToken token)
        {
            if (sink.TakeStall())
            {
                await Task.Delay(Timeout.Infinite, token);
            }

            var connectionReply = sink.TakeConnectionReply();
            if (connectionReply is not null)
            {
                await ReplyAsync(connectionReply, token);
                return;
            }

            await ReplyAsync($"220 {Domain} ESMTP test sink ready", token);
            while (true)
            {
                var line = await ReadLineAsync(token);
                if (line is null)
                {
                    return;
                }

                var command = Encoding.ASCII.GetString(line);
                if (!await HandleAsync(command, token))
                {
                    return;
                }
            }
        }

        /// <summary>Replies to one command and returns false when the session ends.</summary>
        private async Task<bool> HandleAsync(string command, CancellationToken token)
        {
            var verb = (command.Length >= 4 ? command[..4] : command).ToUpperInvariant();
            var argument = command.Length > 4 ? command[4..].Trim() : "";

            switch (verb)
            {
                case "EHLO":
                    greeted = true;
                    ResetTransaction();
                    await ReplyAsync(EhloReply(argument), token);
                    return true;

                case "HELO":
                    greeted = true;
                    ResetTransaction();
                    await ReplyAsync($"250 {Domain}", token);
                    return true;

                case "AUTH":
                    await AuthenticateAsync(argument, token);
                    return true;

                case "MAIL":
                    await MailAsync(argument, token);
                    return true;

                case "RCPT":
                    await RecipientAsync(argument, token);
                    return true;

                case "DATA":
                    await DataAsync(token);
                    return true;

                case "RSET":
                    ResetTransaction();
                    await ReplyAsync("250 2.0.0 OK", token);
                    return true;

                case "NOOP":
                    await ReplyAsync("250 2.0.0 OK", token);
                    return true;

                case "QUIT":
                    await ReplyAsync($"221 2.0.0 {Domain} closing connection", token);
                    return false;

                default:
                    await ReplyAsync("502 5.5.2 Command not recognised", token);
                    return true;
            }
        }

        private string EhloReply(string clientName)
        {
            var lines = new List<string> { $"{Domain} greets {clientName}", "8BITMIME", "ENHANCEDSTATUSCODES" };
            if (sink.Credentials() is not null)
            {
                lines.Add("AUTH PLAIN");
            }

            var reply = new StringBuilder();
            for (var i = 0; i < lines.Count; i++)
            {
                var separator = i == lines.Count - 1 ? ' ' : '-';
                reply.Append("250").Append(separator).Append(lines[i]);
                if (i < lines.Count - 1)
                {
                    reply.Append("\r\n");
                }
            }

            return reply.ToString();
        }

        private async Task AuthenticateAsync(string argument, CancellationToken token)
        {
            var expected = sink.Credentials();
            var parts = argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (expected is null || parts.Length == 0 || !parts[0].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
            {
                await ReplyAsync("504 5.5.4 Unrecognised authentication type", token);
                return;
            }

            var encoded = parts.Length == 2 ? parts[1] : null;
            if (encoded is null)
            {
                await ReplyAsync("334 ", token);
                var line = await ReadLineAsync(token);
                encoded = line is null ? "" : Encoding.ASCII.GetString(line);
            }

            // PLAIN (RFC 4616) carries "authzid NUL authcid NUL password" in base64.
            string[] fields;
            try
            {
                fields = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split('\0');
            }
            catch (FormatException)
            {
                await ReplyAsync("501 5.5.2 Invalid base64 data", token);
                return;
            }

            if (fields.Length == 3 && fields[1] == expected.Value.User && fields[2] == expected.Value.Password)
            {
                sink.RecordAuthentication(fields[1]);
                await ReplyAsync("235 2.7.0 Authentication successful", token);
            }
            else
            {
                await ReplyAsync("535 5.7.8 Authentication credentials invalid", token);
            }
        }

        private async Task MailAsync(string argument, CancellationToken token)
        {
            if (!greeted)
            {
                await ReplyAsync("503 5.5.1 Send EHLO or HELO first", token);
                return;
            }

            var address = AddressIn(argument, "FROM:");
            if (address is null)
            {
                await ReplyAsync("501 5.5.4 Syntax: MAIL FROM:<address>", token);
                return;
            }

            ResetTransaction();
            from = address;
            await ReplyAsync("250 2.1.0 Sender OK", token);
        }

        private async Task RecipientAsync(string argument, CancellationToken token)
        {
            if (from is null)
            {
                await ReplyAsync("503 5.5.1 Send MAIL first", token);
                return;
            }

            var address = AddressIn(argument, "TO:");
            if (address is null)
            {
                await ReplyAsync("501 5.5.4 Syntax: RCPT TO:<address>", token);
                return;
            }

            var rejection = sink.TakeRecipientReply();
            if (rejection is not null)
            {
                await ReplyAsync(rejection, token);
                return;
            }

            recipients.Add(address);
            await ReplyAsync("250 2.1.5 Recipient OK", token);
        }

        private async Task DataAsync(CancellationToken token)
        {
            if (from is null || recipients.Count == 0)
            {
                await ReplyAsync("554 5.5.1 No valid recipients", token);
                return;
            }

            await ReplyAsync("354 End data with <CR><LF>.<CR><LF>", token);

            using var data = new MemoryStream();
            while (true)
            {
                var line = await ReadLineAsync(token) ?? throw new IOException("The client closed the connection during DATA.");
                if (line is [(byte)'.'])
                {
                    break;
                }

                // RFC 5321 section 4.5.2: the client doubles a leading dot, so the sink removes one.
                var start = line is [(byte)'.', ..] ? 1 : 0;
                data.Write(line, start, line.Length - start);
                data.Write("\r\n"u8);
            }

            sink.Record(new Message(from, [.. recipients], data.ToArray()));
            ResetTransaction();
            await ReplyAsync("250 2.0.0 Message accepted", token);
        }

        private void ResetTransaction()
        {
            from = null;
            recipients.Clear();
        }

        /// <summary>Returns the address between angle brackets after <paramref name="prefix"/>, ignoring parameters.</summary>
        private static string? AddressIn(string argument, string prefix)
        {
            if (!argument.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var rest = argument[prefix.Length..].TrimStart();
            var close = rest.IndexOf('>', StringComparison.Ordinal);
            return rest.StartsWith('<') && close > 0 ? rest[1..close] : null;
        }

        private async Task ReplyAsync(string reply, CancellationToken token)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"), token);
            await stream.FlushAsync(token);
        }

        /// <summary>Reads one line without its CRLF, or returns null when the client has closed the connection.</summary>
        private async Task<byte[]?> ReadLineAsync(CancellationToken token)
        {
            using var line = new MemoryStream();
            while (true)
            {
                if (bufferStart == bufferEnd)
                {
                    bufferStart = 0;
                    bufferEnd = await stream.ReadAsync(buffer, token);
                    if (bufferEnd == 0)
                    {
                        return null;
                    }
                }

                var newline = Array.IndexOf(buffer, (byte)'\n', bufferStart, bufferEnd - bufferStart);
                if (newline < 0)
                {
                    line.Write(buffer, bufferStart, bufferEnd - bufferStart);
                    bufferStart = bufferEnd;
                    continue;
                }

                line.Write(buffer, bufferStart, newline - bufferStart);
                bufferStart = newline + 1;

                var bytes = line.ToArray();
                return bytes is [.., (byte)'\r'] ? bytes[..^1] : bytes;
            }
        }
    }
}
