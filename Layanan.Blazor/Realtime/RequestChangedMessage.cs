using Layanan.Core.Requests;

namespace Layanan.Blazor.Realtime;

/// <summary>
/// The hub's <c>RequestChanged</c> payload: what changed, never who the resident is. <see cref="Status"/>
/// is the lifecycle state's code name (e.g. <c>InReview</c>) and <see cref="StatusLabel"/> its Indonesian label.
/// </summary>
public sealed record RequestChangedMessage(
    long EventId,
    string TrackingCode,
    string OfficeCode,
    string ServiceCode,
    string Status,
    string StatusLabel,
    int Version,
    DateTimeOffset At);
