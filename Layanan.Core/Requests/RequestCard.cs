using Layanan.Core.Catalog;
using Layanan.Core.Sla;

namespace Layanan.Core.Requests;

/// <summary>
/// What a board card shows of a request. It holds no name or address and only the masked NIK, so it
/// may travel to every board of the offices that can view the request. The deadline fields describe the
/// clock that matters now (<see cref="ActiveClock"/>), or are null when no clock runs.
/// </summary>
public sealed record RequestCard(
    string TrackingCode,
    string OfficeCode,
    string ServiceCode,
    string ServiceName,
    RequestStatus Status,
    RequestChannel Channel,
    ApprovalChain ApprovalChain,
    string MaskedNik,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    bool IsVerified,
    string? AssigneeId,
    string? AssigneeName,
    string? LastNote,
    int Version,
    SlaClock? ActiveClock = null,
    DateTimeOffset? DueAt = null,
    DateTimeOffset? DueSoonAt = null,
    bool IsClockPaused = false);
