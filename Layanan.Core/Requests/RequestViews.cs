namespace Layanan.Core.Requests;

/// <summary>An office board at one moment: its cards and the newest audit event id it reflects.</summary>
public sealed record BoardSnapshot(string OfficeCode, IReadOnlyList<RequestCard> Cards, long LastEventId);

/// <summary>One line of a request's history as residents see it: no staff names, no personal data.</summary>
public sealed record PublicHistoryEntry(DateTimeOffset At, RequestAction Action, RequestStatus Status, string? Note);

/// <summary>
/// The public status of a request. <see cref="Applicant"/> and the notes are filled only when the caller
/// also proved the last 4 digits of the NIK.
/// </summary>
public sealed record PublicRequestStatus(
    string TrackingCode,
    string OfficeCode,
    string OfficeName,
    string ServiceCode,
    string ServiceName,
    RequestStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PublicHistoryEntry> History,
    ApplicantDetails? Applicant,
    string? LastNote,
    DateTimeOffset? VerifyDueAt = null,
    DateTimeOffset? CompletionDueAt = null,
    DateTimeOffset? ExpectedCompletionAt = null,
    bool IsCompletionPaused = false);

/// <summary>A request with its personal data and full audit trail, for the office that handles it.</summary>
public sealed record RequestDetails(RequestCard Card, ApplicantDetails Applicant, IReadOnlyList<RequestEvent> History);

/// <summary>Open and today's closed requests of one office, counted per state.</summary>
public sealed record OfficeCounts(string OfficeCode, IReadOnlyDictionary<RequestStatus, int> ByStatus)
{
    public int Count(RequestStatus status) => ByStatus.TryGetValue(status, out var count) ? count : 0;
}
