using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace Layanan.Bench;

/// <summary>
/// Makes another .NET process run a full blocking garbage collection, through its diagnostics IPC socket
/// (<c>dotnet-diagnostic-{pid}-*-socket</c> in the temp directory): enabling the runtime's event provider
/// with the GCHeapCollect keyword (0x800000) makes the runtime induce a collection, as dotnet-gcdump and
/// PerfView's "force GC" do. The session's event stream is read and thrown away, then the session is stopped.
/// </summary>
public static class ForcedGc
{
    private const byte EventPipeCommandSet = 0x02;
    private const byte StopTracingCommand = 0x01;
    private const byte CollectTracing2Command = 0x03;
    private const byte ServerCommandSet = 0xFF;
    private const byte OkResponse = 0x00;
    private const int HeaderLength = 20;
    private const ulong GcKeyword = 0x1;
    private const ulong GcHeapCollectKeyword = 0x800000;
    private const uint InformationalLevel = 4;
    private const uint NetTraceFormat = 1;

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("DOTNET_IPC_V1\0");

    /// <summary>Returns false (and says why on standard error) when the runtime could not be asked.</summary>
    public static async Task<bool> TryCollectAsync(int processId, CancellationToken cancellationToken)
    {
        var socketPath = Directory.EnumerateFiles(Path.GetTempPath(), $"dotnet-diagnostic-{processId}-*-socket").FirstOrDefault();
        if (socketPath is null)
        {
            Progress.Write($"  no diagnostics socket for process {processId} in {Path.GetTempPath()}; memory is read without a forced GC");
            return false;
        }

        try
        {
            using var session = await ConnectAsync(socketPath, cancellationToken);
            await session.SendAsync(Message(EventPipeCommandSet, CollectTracing2Command, CollectTracing2Payload()), cancellationToken);
            var sessionId = BinaryPrimitives.ReadUInt64LittleEndian(await ReadResponseAsync(session, 8, cancellationToken));

            // The collection runs when the provider is enabled; the stream must be drained meanwhile or the runtime blocks on it.
            using var draining = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var drain = DrainAsync(session, draining.Token);
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);

            using (var control = await ConnectAsync(socketPath, cancellationToken))
            {
                var id = new byte[8];
                BinaryPrimitives.WriteUInt64LittleEndian(id, sessionId);
                await control.SendAsync(Message(EventPipeCommandSet, StopTracingCommand, id), cancellationToken);
                await ReadResponseAsync(control, 8, cancellationToken);
            }

            draining.CancelAfter(TimeSpan.FromSeconds(10));
            await drain;
            return true;
        }
        catch (Exception exception) when (exception is SocketException or IOException or InvalidOperationException)
        {
            Progress.Write($"  forcing a GC in process {processId} failed ({exception.Message}); memory is read without it");
            return false;
        }
    }

    private static async Task<Socket> ConnectAsync(string socketPath, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
        return socket;
    }

    /// <summary>One provider: Microsoft-Windows-DotNETRuntime with the GC and GCHeapCollect keywords, no rundown.</summary>
    private static byte[] CollectTracing2Payload()
    {
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, Encoding.Unicode);
        writer.Write(16u); // circular buffer size in MB
        writer.Write(NetTraceFormat);
        writer.Write(false); // no rundown events
        writer.Write(1u); // one provider
        writer.Write(GcKeyword | GcHeapCollectKeyword);
        writer.Write(InformationalLevel);
        WriteString(writer, "Microsoft-Windows-DotNETRuntime");
        writer.Write(0u); // no filter data
        writer.Flush();
        return buffer.ToArray();
    }

    /// <summary>Writes a diagnostics IPC string: its length in UTF-16 code units including the terminating NUL, then the units.</summary>
    private static void WriteString(BinaryWriter writer, string value)
    {
        writer.Write((uint)(value.Length + 1));
        writer.Write(Encoding.Unicode.GetBytes(value + "\0"));
    }

    private static byte[] Message(byte commandSet, byte commandId, byte[] payload)
    {
        var message = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(message, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(14), (ushort)message.Length);
        message[16] = commandSet;
        message[17] = commandId;
        payload.CopyTo(message, HeaderLength);
        return message;
    }

    private static async Task<byte[]> ReadResponseAsync(Socket socket, int payloadLength, CancellationToken cancellationToken)
    {
        var header = await ReadExactlyAsync(socket, HeaderLength, cancellationToken);
        if (header[16] != ServerCommandSet || header[17] != OkResponse)
        {
            var error = await ReadExactlyAsync(socket, 4, cancellationToken);
            throw new InvalidOperationException($"the runtime answered with error 0x{BinaryPrimitives.ReadUInt32LittleEndian(error):X8}");
        }

        return await ReadExactlyAsync(socket, payloadLength, cancellationToken);
    }

    private static async Task<byte[]> ReadExactlyAsync(Socket socket, int length, CancellationToken cancellationToken)
    {
        var buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var received = await socket.ReceiveAsync(buffer.AsMemory(read), cancellationToken);
            if (received == 0)
            {
                throw new IOException("the diagnostics socket closed before the response was complete");
            }

            read += received;
        }

        return buffer;
    }

    private static async Task DrainAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (await socket.ReceiveAsync(buffer, cancellationToken) > 0)
            {
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped waiting for the end of the stream.
        }
    }
}
