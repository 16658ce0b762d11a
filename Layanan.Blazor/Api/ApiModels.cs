using Layanan.Core.Catalog;
using Layanan.Core.Common;
using Layanan.Core.Offices;
using Layanan.Core.Requests;

namespace Layanan.Blazor.Api;

/// <summary>An office as the API returns it; <c>level</c> is <c>kota</c>, <c>kecamatan</c> or <c>kelurahan</c>.</summary>
public sealed record OfficeDto(string Code, string Level, string Name, string RegisterName, string? ParentCode, string? BpsCode, string? PostalCode)
{
    public static OfficeDto From(Office office) => new(
        office.Code, office.Level.ToString().ToLowerInvariant(), office.Name, office.RegisterName, office.ParentCode, office.BpsCode, office.PostalCode);
}

/// <summary>A time standard: <c>unit</c> is <c>workingDays</c> (H+N) or <c>officeMinutes</c>.</summary>
public sealed record TargetDto(int Value, TargetUnit Unit);

public sealed record ServiceDto(
    string Code, string Name, IReadOnlyList<string> Requirements, decimal Fee, string FeeLabel,
    TargetDto VerifyTarget, TargetDto CompletionTarget, ApprovalChain ApprovalChain, bool SubmittedToKecamatan)
{
    public static ServiceDto From(ServiceDefinition service) => new(
        service.Code, service.Name, service.RequirementList, service.Fee, TextRules.FormatRupiah(service.Fee),
        new TargetDto(service.VerifyTarget, service.VerifyTargetUnit),
        new TargetDto(service.CompletionTarget, service.CompletionTargetUnit),
        service.ApprovalChain, service.IsKecamatanService);
}

/// <summary>The 201 answer to a submission. Times carry the WIB offset (+07:00).</summary>
public sealed record SubmissionDto(string TrackingCode, string OfficeCode, string ServiceCode, RequestStatus Status, string StatusLabel, DateTimeOffset SubmittedAt);

public sealed record HistoryDto(DateTimeOffset At, RequestAction Action, string ActionLabel, RequestStatus Status, string StatusLabel, string? Note);

/// <summary>The resident's own data, shown with the right <c>nik4</c>. The NIK stays masked, as on the tracking page.</summary>
public sealed record ApplicantDto(string MaskedNik, string Name, string Address, string Purpose, string? Phone, string? Email);

/// <summary>
/// The public status of a request; <c>applicant</c> and notes only with the right <c>nik4</c>.
/// <c>verifyDueAt</c> and <c>completionDueAt</c> are the deadlines of the two clocks, null while a clock has
/// not started; <c>expectedCompletionAt</c> is what the resident is told to expect.
/// </summary>
public sealed record PublicStatusDto(
    string TrackingCode, RequestStatus Status, string StatusLabel, string OfficeCode, string OfficeName,
    string ServiceCode, string ServiceName, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<HistoryDto> History, ApplicantDto? Applicant, string? LastNote,
    DateTimeOffset? VerifyDueAt, DateTimeOffset? CompletionDueAt, DateTimeOffset? ExpectedCompletionAt, bool IsCompletionPaused)
{
    public static PublicStatusDto From(PublicRequestStatus status) => new(
        status.TrackingCode, status.Status, RequestText.Status(status.Status), status.OfficeCode, status.OfficeName,
        status.ServiceCode, status.ServiceName, Wib.ToWib(status.SubmittedAt), Wib.ToWib(status.UpdatedAt),
        status.History.Select(h => new HistoryDto(Wib.ToWib(h.At), h.Action, RequestText.Action(h.Action), h.Status, RequestText.Status(h.Status), h.Note)).ToList(),
        status.Applicant is { } a ? new ApplicantDto(NikValidator.Mask(a.Nik), a.Name, a.Address, a.Purpose, a.Phone, a.Email) : null,
        status.LastNote,
        ToWib(status.VerifyDueAt),
        ToWib(status.CompletionDueAt),
        ToWib(status.ExpectedCompletionAt),
        status.IsCompletionPaused);

    private static DateTimeOffset? ToWib(DateTimeOffset? instant) => instant is { } value ? Wib.ToWib(value) : null;
}

/// <summary>A board card for staff clients: masked NIK, no name or address.</summary>
public sealed record CardDto(
    string TrackingCode, string OfficeCode, string ServiceCode, string ServiceName, RequestStatus Status, string StatusLabel,
    string MaskedNik, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt, bool IsVerified, string? AssigneeName, int Version,
    DateTimeOffset? DueAt, bool IsClockPaused)
{
    public static CardDto From(RequestCard card) => new(
        card.TrackingCode, card.OfficeCode, card.ServiceCode, card.ServiceName, card.Status, RequestText.Status(card.Status),
        card.MaskedNik, Wib.ToWib(card.SubmittedAt), Wib.ToWib(card.UpdatedAt), card.IsVerified, card.AssigneeName, card.Version,
        card.DueAt is { } due ? Wib.ToWib(due) : null, card.IsClockPaused);
}

/// <summary>A staff action: <c>action</c> is e.g. <c>claim</c>, <c>verify</c>, <c>return</c>, <c>approve</c>.</summary>
public sealed record ActionBody(
    [property: System.ComponentModel.DataAnnotations.AllowedValues(
        RequestAction.Claim, RequestAction.Verify, RequestAction.Return, RequestAction.SendForApproval, RequestAction.Approve,
        RequestAction.MarkReady, RequestAction.Complete, RequestAction.Reject)]
    RequestAction? Action,
    string? Note,
    int? ExpectedVersion);

public sealed record TokenBody(string? Username, string? Password);
