using System.Diagnostics.CodeAnalysis;
using System.Net.Sockets;
using System.Text;
using Layanan.Core.Common;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Layanan.Core.Notifications.Channels;

/// <summary>
/// Sends <see cref="NotificationChannel.Email"/> messages as plain-text UTF-8 email through the SMTP
/// server in <see cref="SmtpOptions"/>, with one connection per message.
/// </summary>
public sealed class SmtpEmailChannel(IOptions<SmtpOptions> options, ILogger<SmtpEmailChannel> logger) : INotificationChannel
{
    /// <summary>Domain part of every <c>Message-Id</c> that the channel sets.</summary>
    public const string MessageIdDomain = "layanan.pontianak";

    public NotificationChannel Channel => NotificationChannel.Email;

    /// <summary>
    /// Returns the <c>Message-Id</c> (without angle brackets) of the email for outbox row
    /// <paramref name="outboxId"/>. Every attempt for the row uses the same id, so a mailbox that gets a
    /// retried message twice can tell that both are one message.
    /// </summary>
    public static string MessageIdFor(Guid outboxId) => $"{outboxId:D}@{MessageIdDomain}";

    /// <inheritdoc />
    public async Task<DeliveryResult> SendAsync(NotificationMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Channel != NotificationChannel.Email)
        {
            throw new ArgumentException(
                $"Message {message.Id} is for the {message.Channel} channel, not {NotificationChannel.Email}.", nameof(message));
        }

        var settings = options.Value;
        if (!settings.Enabled)
        {
            NotificationsLog.EmailDisabled(logger, message.Id, message.Kind);
            return DeliveryResult.PermanentFailure($"Email is turned off. Set {SmtpOptions.SectionName}:Host to send email.");
        }

        if (!TryParseMailbox(message.Recipient, out var recipient))
        {
            NotificationsLog.EmailRecipientInvalid(logger, message.Id, message.Kind);
            return DeliveryResult.PermanentFailure("The recipient is not a valid email address.");
        }

        var email = BuildEmail(message, recipient, settings);
        var result = await TransmitAsync(email, message, settings, ct);
        return result;
    }

    /// <summary>
    /// Parses <paramref name="text"/> as one bare address (no display name) with a local part and a domain.
    /// </summary>
    internal static bool TryParseMailbox(string? text, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        if (string.IsNullOrWhiteSpace(text)
            || !MailboxAddress.TryParse(text.Trim(), out var parsed)
            || !string.IsNullOrEmpty(parsed.Name)
            || string.IsNullOrEmpty(parsed.LocalPart)
            || string.IsNullOrEmpty(parsed.Domain))
        {
            return false;
        }

        mailbox = parsed;
        return true;
    }

    private static MimeMessage BuildEmail(NotificationMessage message, MailboxAddress recipient, SmtpOptions settings)
    {
        var body = new TextPart(TextFormat.Plain);
        body.SetText(Encoding.UTF8, message.Body);

        var email = new MimeMessage
        {
            MessageId = MessageIdFor(message.Id),
            Date = Wib.ToWib(message.CreatedAt),
            Subject = message.Subject,
            Body = body,
        };
        email.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress!.Trim()));
        email.To.Add(recipient);

        // Auto-Submitted (RFC 3834) asks mail servers not to send vacation replies to an automated message.
        email.Headers.Add("Auto-Submitted", "auto-generated");
        return email;
    }

    private async Task<DeliveryResult> TransmitAsync(MimeMessage email, NotificationMessage message, SmtpOptions settings, CancellationToken ct)
    {
        var host = settings.Host!.Trim();
        var port = settings.Port;
        var limit = TimeSpan.FromSeconds(settings.TimeoutSeconds);

        // MailKit's Timeout limits each socket read and write, and the token limits the whole exchange.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(limit);
        using var client = new SmtpClient { Timeout = (int)limit.TotalMilliseconds };

        try
        {
            await client.ConnectAsync(host, port, ToMailKit(settings.SecureSocket), deadline.Token);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? "", deadline.Token);
            }

            await client.SendAsync(email, deadline.Token);
        }
        catch (SmtpCommandException exception)
        {
            return CommandRejected(exception, message);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            NotificationsLog.EmailTimedOut(logger, message.Id, message.Kind, host, port, settings.TimeoutSeconds);
            return DeliveryResult.TransientFailure(
                $"The SMTP server {host}:{port} did not complete the delivery within {settings.TimeoutSeconds} s, the limit set by {SmtpOptions.SectionName}:TimeoutSeconds.");
        }
        catch (Exception exception) when (exception is AuthenticationException or ServiceNotAuthenticatedException
            or SslHandshakeException or NotSupportedException)
        {
            // These repeat for every message until someone changes the settings or the server, but they are
            // reported as transient so that the queued messages go out once the settings are fixed.
            NotificationsLog.EmailServerSetupFailed(logger, exception, message.Id, message.Kind, host, port);
            return DeliveryResult.TransientFailure(
                $"The SMTP server {host}:{port} refused the connection settings ({exception.GetType().Name}). Check {SmtpOptions.SectionName}.");
        }
        catch (Exception exception) when (exception is IOException or SocketException or TimeoutException or ProtocolException)
        {
            NotificationsLog.EmailConnectionFailed(logger, exception, message.Id, message.Kind, host, port);
            return DeliveryResult.TransientFailure(
                $"The connection to the SMTP server {host}:{port} failed ({exception.GetType().Name}).");
        }

        // The server has accepted the message at this point. A failure while saying QUIT must not turn the
        // result into a failure, because the dispatcher would then send the message a second time.
        await DisconnectQuietlyAsync(client, message, deadline.Token);
        NotificationsLog.EmailSent(logger, message.Id, message.Kind, host, port);
        return DeliveryResult.Delivered;
    }

    private DeliveryResult CommandRejected(SmtpCommandException exception, NotificationMessage message)
    {
        // The exception is not logged because the server's reply text may repeat the recipient's address.
        var status = (int)exception.StatusCode;
        var permanentReply = status is >= 500 and < 600;

        switch (exception.ErrorCode)
        {
            case SmtpErrorCode.RecipientNotAccepted when permanentReply:
                NotificationsLog.EmailRecipientRejected(logger, message.Id, message.Kind, status);
                return DeliveryResult.PermanentFailure($"The SMTP server rejected the recipient with status {status}.");

            case SmtpErrorCode.MessageNotAccepted when permanentReply:
                NotificationsLog.EmailContentRejected(logger, message.Id, message.Kind, status);
                return DeliveryResult.PermanentFailure($"The SMTP server rejected the message content with status {status}.");

            case SmtpErrorCode.SenderNotAccepted when permanentReply:
                NotificationsLog.EmailSenderRejected(logger, message.Id, message.Kind, status);
                return DeliveryResult.TransientFailure(
                    $"The SMTP server rejected the sender with status {status}. Check {SmtpOptions.SectionName}:FromAddress and the credentials.");

            default:
                NotificationsLog.EmailCommandFailed(logger, message.Id, message.Kind, exception.ErrorCode.ToString(), status);
                return DeliveryResult.TransientFailure($"The SMTP server replied with status {status} ({exception.ErrorCode}).");
        }
    }

    private async Task DisconnectQuietlyAsync(SmtpClient client, NotificationMessage message, CancellationToken token)
    {
        try
        {
            await client.DisconnectAsync(quit: true, token);
        }
        catch (Exception exception) when (exception is IOException or SocketException or TimeoutException
            or ProtocolException or SmtpCommandException or OperationCanceledException)
        {
            NotificationsLog.EmailDisconnectFailed(logger, exception, message.Id);
        }
    }

    private static SecureSocketOptions ToMailKit(SmtpSecureSocket secureSocket) => secureSocket switch
    {
        SmtpSecureSocket.None => SecureSocketOptions.None,
        SmtpSecureSocket.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        SmtpSecureSocket.StartTls => SecureSocketOptions.StartTls,
        SmtpSecureSocket.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(secureSocket), secureSocket, "The secure socket option is not defined."),
    };
}
