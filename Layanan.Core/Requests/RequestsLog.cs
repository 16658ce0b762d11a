using Microsoft.Extensions.Logging;

namespace Layanan.Core.Requests;

internal static partial class RequestsLog
{
    [LoggerMessage(EventId = 1001, EventName = "RequestSubmitted", Level = LogLevel.Information,
        Message = "Request {TrackingCode} for service {ServiceCode} was submitted to office {OfficeCode} through {Channel} as event {EventId}.")]
    public static partial void Submitted(ILogger logger, string trackingCode, string officeCode, string serviceCode, RequestChannel channel, long eventId);

    [LoggerMessage(EventId = 1002, EventName = "RequestChanged", Level = LogLevel.Information,
        Message = "Request {TrackingCode} of office {OfficeCode}: {Action} moved it from {FromStatus} to {ToStatus} as event {EventId}.")]
    public static partial void Changed(ILogger logger, string trackingCode, string officeCode, RequestAction action, RequestStatus? fromStatus, RequestStatus toStatus, long eventId);

    [LoggerMessage(EventId = 1003, EventName = "RequestChangedConcurrently", Level = LogLevel.Information,
        Message = "Action {Action} on request {TrackingCode} lost a race with another change; the user is asked to look at the new state.")]
    public static partial void ConcurrentChange(ILogger logger, string trackingCode, RequestAction action);

    [LoggerMessage(EventId = 1004, EventName = "PersonalDataViewed", Level = LogLevel.Information,
        Message = "Staff user {UserId} of office {OfficeCode} viewed the personal data of request {TrackingCode}.")]
    public static partial void PersonalDataViewed(ILogger logger, string userId, string officeCode, string trackingCode);
}
