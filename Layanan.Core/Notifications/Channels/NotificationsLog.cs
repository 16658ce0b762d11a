using Microsoft.Extensions.Logging;

namespace Layanan.Core.Notifications.Channels;

/// <remarks>
/// Messages name the outbox id and the kind of a notification, never its recipient, subject or body,
/// because those contain personal data. Email uses event ids 7001-7049, the webhook 7050-7099.
/// </remarks>
internal static partial class NotificationsLog
{
    [LoggerMessage(EventId = 7001, EventName = "EmailSent", Level = LogLevel.Information,
        Message = "Sent email {MessageId} ({Kind}) through the SMTP server {Host}:{Port}.")]
    public static partial void EmailSent(ILogger logger, Guid messageId, string kind, string host, int port);

    [LoggerMessage(EventId = 7002, EventName = "EmailDisabled", Level = LogLevel.Warning,
        Message = "Email {MessageId} ({Kind}) was not sent because email is turned off; it is marked failed permanently. Set Layanan:Smtp:Host to send email.")]
    public static partial void EmailDisabled(ILogger logger, Guid messageId, string kind);

    [LoggerMessage(EventId = 7003, EventName = "EmailRecipientInvalid", Level = LogLevel.Warning,
        Message = "Email {MessageId} ({Kind}) has an invalid recipient address; it is marked failed permanently without contacting the SMTP server.")]
    public static partial void EmailRecipientInvalid(ILogger logger, Guid messageId, string kind);

    [LoggerMessage(EventId = 7004, EventName = "EmailRecipientRejected", Level = LogLevel.Warning,
        Message = "The SMTP server rejected the recipient of email {MessageId} ({Kind}) with status {StatusCode}; the message is marked failed permanently and not retried.")]
    public static partial void EmailRecipientRejected(ILogger logger, Guid messageId, string kind, int statusCode);

    [LoggerMessage(EventId = 7005, EventName = "EmailContentRejected", Level = LogLevel.Warning,
        Message = "The SMTP server rejected the content of email {MessageId} ({Kind}) with status {StatusCode}; the message is marked failed permanently and not retried.")]
    public static partial void EmailContentRejected(ILogger logger, Guid messageId, string kind, int statusCode);

    [LoggerMessage(EventId = 7006, EventName = "EmailSenderRejected", Level = LogLevel.Error,
        Message = "The SMTP server rejected the sender of email {MessageId} ({Kind}) with status {StatusCode}; every email fails this way until Layanan:Smtp:FromAddress or the credentials are fixed, and the dispatcher retries it later.")]
    public static partial void EmailSenderRejected(ILogger logger, Guid messageId, string kind, int statusCode);

    [LoggerMessage(EventId = 7007, EventName = "EmailCommandFailed", Level = LogLevel.Warning,
        Message = "The SMTP server responded to email {MessageId} ({Kind}) with status {StatusCode} ({ErrorCode}); the dispatcher retries it later.")]
    public static partial void EmailCommandFailed(ILogger logger, Guid messageId, string kind, string errorCode, int statusCode);

    [LoggerMessage(EventId = 7008, EventName = "EmailServerSetupFailed", Level = LogLevel.Error,
        Message = "The SMTP server {Host}:{Port} refused the authentication or TLS settings for email {MessageId} ({Kind}); every email fails this way until Layanan:Smtp is fixed, and the dispatcher retries it later.")]
    public static partial void EmailServerSetupFailed(ILogger logger, Exception exception, Guid messageId, string kind, string host, int port);

    [LoggerMessage(EventId = 7009, EventName = "EmailConnectionFailed", Level = LogLevel.Warning,
        Message = "The connection to the SMTP server {Host}:{Port} failed while sending email {MessageId} ({Kind}); the dispatcher retries it later.")]
    public static partial void EmailConnectionFailed(ILogger logger, Exception exception, Guid messageId, string kind, string host, int port);

    [LoggerMessage(EventId = 7010, EventName = "EmailTimedOut", Level = LogLevel.Warning,
        Message = "The SMTP server {Host}:{Port} did not complete email {MessageId} ({Kind}) within {TimeoutSeconds} seconds; the dispatcher retries it later.")]
    public static partial void EmailTimedOut(ILogger logger, Guid messageId, string kind, string host, int port, int timeoutSeconds);

    [LoggerMessage(EventId = 7011, EventName = "EmailDisconnectFailed", Level = LogLevel.Debug,
        Message = "Closing the SMTP connection failed after the server accepted email {MessageId}; the email counts as sent.")]
    public static partial void EmailDisconnectFailed(ILogger logger, Exception exception, Guid messageId);

    [LoggerMessage(EventId = 7050, EventName = "WebhookDelivered", Level = LogLevel.Information,
        Message = "The {Channel} gateway accepted message {MessageId} ({Kind}) with status {StatusCode}.")]
    public static partial void WebhookDelivered(ILogger logger, NotificationChannel channel, Guid messageId, string kind, int statusCode);

    [LoggerMessage(EventId = 7051, EventName = "WebhookDisabled", Level = LogLevel.Warning,
        Message = "Message {MessageId} ({Kind}) was not sent because the {Channel} gateway is turned off; it is marked failed permanently. Set Layanan:Webhook:Url to send it.")]
    public static partial void WebhookDisabled(ILogger logger, NotificationChannel channel, Guid messageId, string kind);

    [LoggerMessage(EventId = 7052, EventName = "WebhookRecipientInvalid", Level = LogLevel.Warning,
        Message = "Message {MessageId} ({Kind}) has an invalid phone number; it is marked failed permanently without calling the {Channel} gateway.")]
    public static partial void WebhookRecipientInvalid(ILogger logger, NotificationChannel channel, Guid messageId, string kind);

    [LoggerMessage(EventId = 7053, EventName = "WebhookRejected", Level = LogLevel.Warning,
        Message = "The {Channel} gateway rejected message {MessageId} ({Kind}) with status {StatusCode}; the message is marked failed permanently and not retried.")]
    public static partial void WebhookRejected(ILogger logger, NotificationChannel channel, Guid messageId, string kind, int statusCode);

    [LoggerMessage(EventId = 7054, EventName = "WebhookStatusRetryable", Level = LogLevel.Warning,
        Message = "The {Channel} gateway responded to message {MessageId} ({Kind}) with status {StatusCode}; the dispatcher retries it later.")]
    public static partial void WebhookStatusRetryable(ILogger logger, NotificationChannel channel, Guid messageId, string kind, int statusCode);

    [LoggerMessage(EventId = 7055, EventName = "WebhookRequestFailed", Level = LogLevel.Warning,
        Message = "The request to the {Channel} gateway failed for message {MessageId} ({Kind}); the dispatcher retries it later.")]
    public static partial void WebhookRequestFailed(ILogger logger, Exception exception, NotificationChannel channel, Guid messageId, string kind);

    [LoggerMessage(EventId = 7056, EventName = "WebhookTimedOut", Level = LogLevel.Warning,
        Message = "The {Channel} gateway did not answer message {MessageId} ({Kind}) within {TimeoutSeconds} seconds; the dispatcher retries it later.")]
    public static partial void WebhookTimedOut(ILogger logger, NotificationChannel channel, Guid messageId, string kind, int timeoutSeconds);
}
