using Layanan.Core.Catalog;

namespace Layanan.Core.Requests;

/// <summary>
/// What a board card shows of a request. It holds no name or address and only the masked NIK, so it
/// may travel to every board of the offices that can view the request.
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
    int Version);
