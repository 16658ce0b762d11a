namespace Layanan.Blazor.Realtime;

internal static partial class RealtimeWebLog
{
    [LoggerMessage(EventId = 5101, EventName = "HubSubscriptionRefused", Level = LogLevel.Warning,
        Message = "User {UserId} was refused a board subscription to office {OfficeCode}; the hub returned an error to the client.")]
    public static partial void SubscriptionRefused(ILogger logger, string userId, string officeCode);

    [LoggerMessage(EventId = 5102, EventName = "HubSendFailed", Level = LogLevel.Warning,
        Message = "Sending request {TrackingCode} (event {EventId}) to hub clients failed; clients resynchronise on their next reconnect.")]
    public static partial void HubSendFailed(ILogger logger, Exception exception, string trackingCode, long eventId);
}
