using Layanan.Core.Requests;

namespace Layanan.Core.Realtime;

/// <summary>
/// A committed change of one request, published on the board feed after the transaction commits.
/// <see cref="EventId"/> is the audit event's id, which increases with every change.
/// </summary>
public sealed record RequestChanged(
    long EventId,
    string TrackingCode,
    string OfficeCode,
    string ServiceCode,
    RequestStatus Status,
    int Version,
    DateTimeOffset At,
    RequestCard Card);
