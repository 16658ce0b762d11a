namespace Layanan.Core.Requests;

/// <summary>The answer to a submission. <see cref="IsReplay"/> is true when an idempotent retry returned the first result.</summary>
public sealed record SubmissionReceipt(string TrackingCode, string OfficeCode, string ServiceCode, RequestStatus Status, DateTimeOffset SubmittedAt, bool IsReplay);
