using Layanan.Core.Notifications.Channels;
using Microsoft.Extensions.Logging;

namespace Layanan.Core.Notifications;

internal static partial class NotificationDispatchLog
{
    [LoggerMessage(EventId = 7101, EventName = "NotificationRetryScheduled", Level = LogLevel.Warning,
        Message = "Sending message {MessageId} by {Channel} failed on attempt {Attempts} ({Error}); it is retried at {NextAttemptAt}.")]
    public static partial void WillRetry(ILogger logger, Guid messageId, NotificationChannel channel, int attempts, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(EventId = 7102, EventName = "NotificationGaveUp", Level = LogLevel.Error,
        Message = "Message {MessageId} ({Kind}) by {Channel} was not delivered after {Attempts} attempts ({Error}); it stays in the outbox marked failed. Check the channel's settings.")]
    public static partial void GaveUp(ILogger logger, Guid messageId, NotificationChannel channel, string kind, int attempts, string error);
}
