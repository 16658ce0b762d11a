using Microsoft.Extensions.Logging;

namespace Layanan.Core.Realtime;

internal static partial class RealtimeLog
{
    [LoggerMessage(EventId = 5001, EventName = "FeedSubscriberFailed", Level = LogLevel.Warning,
        Message = "A board feed subscriber failed on request {TrackingCode} (event {EventId}); the other subscribers still receive it and the failed one resynchronises from the database.")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, string trackingCode, long eventId);
}
