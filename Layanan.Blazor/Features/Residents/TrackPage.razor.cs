using Layanan.Core.Common;
using Layanan.Core.Requests;
using Microsoft.AspNetCore.Components;

namespace Layanan.Blazor.Features.Residents;

public partial class TrackPage
{
    [Inject]
    private RequestQueries Queries { get; set; } = default!;

    [Inject]
    private RequestService Requests { get; set; } = default!;

    [Parameter]
    public string? Code { get; set; }

    [SupplyParameterFromQuery(Name = "kode")]
    private string? CodeQuery { get; set; }

    [SupplyParameterFromQuery(Name = "nik4")]
    private string? Nik4Query { get; set; }

    [SupplyParameterFromQuery(Name = "baru")]
    private string? NewFlag { get; set; }

    [SupplyParameterFromForm(FormName = "ajukan-ulang", Name = "Action")]
    private ResidentActionForm? ResubmitForm { get; set; }

    [SupplyParameterFromForm(FormName = "batalkan", Name = "Action")]
    private ResidentActionForm? CancelForm { get; set; }

    private PublicRequestStatus? _status;
    private bool _notFound;
    private bool _nik4Mismatch;
    private string? _actionMessage;
    private bool _actionFailed;

    private bool IsNew => NewFlag == "1";

    private ResidentActionForm Action => ResubmitForm ?? CancelForm ?? new ResidentActionForm();

    private string? Nik4 => Action.Nik4 ?? Nik4Query;

    /// <summary>The deadline for checking the papers, shown only until the papers are verified.</summary>
    private DateTimeOffset? VerifyDeadline =>
        _status is { Status: RequestStatus.Submitted or RequestStatus.InReview, CompletionDueAt: null, VerifyDueAt: { } due } ? due : null;

    /// <summary>
    /// When the letter can be expected. While the resident fixes the request no date holds: a paused completion
    /// clock resumes on resubmission, and a request returned before verification starts its checking anew.
    /// </summary>
    private string? ExpectedCompletionText => _status switch
    {
        null => null,
        { IsCompletionPaused: true } => "dijeda sampai Anda mengajukan ulang",
        { Status: RequestStatus.NeedsFix } => "dihitung ulang setelah Anda mengajukan ulang",
        { ExpectedCompletionAt: { } expected } => Wib.FormatDeadline(expected),
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var code = Code ?? CodeQuery;
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }

        _status = await Queries.GetPublicStatusAsync(code, Nik4?.Trim());
        _notFound = _status is null;
        _nik4Mismatch = _status is { Applicant: null } && !string.IsNullOrWhiteSpace(Nik4);
    }

    private Task HandleResubmitAsync() => RunAsync(
        (code, nik4) => Requests.ResubmitAsync(code, nik4, Action.Note),
        "Permohonan sudah diajukan ulang. Petugas akan memeriksanya kembali.");

    private Task HandleCancelAsync() => RunAsync(
        (code, nik4) => Requests.CancelAsync(code, nik4, Action.Note),
        "Permohonan sudah dibatalkan.");

    private async Task RunAsync(Func<string, string, Task<Layanan.Core.Common.CommandResult<RequestCard>>> act, string success)
    {
        var result = await act(Code ?? CodeQuery ?? "", Nik4 ?? "");
        _actionFailed = !result.Succeeded;
        _actionMessage = result.Succeeded ? success : result.Message;
        await LoadAsync();
    }

    public sealed class ResidentActionForm
    {
        public string? Nik4 { get; set; }

        public string? Note { get; set; }
    }
}
