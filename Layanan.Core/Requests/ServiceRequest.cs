using Layanan.Core.Calendar;
using Layanan.Core.Catalog;
using Layanan.Core.Sla;

namespace Layanan.Core.Requests;

/// <summary>
/// A resident's request for a letter (permohonan). Its state changes only through <see cref="Apply"/>,
/// which refuses a transition the lifecycle does not allow, bumps <see cref="Version"/> (the optimistic
/// concurrency token) and returns the event to append to the audit trail.
/// </summary>
public sealed class ServiceRequest
{
    private ServiceRequest()
    {
    }

    /// <summary>Creates a request in its first state: Diajukan online, Sedang Diperiksa at the counter.</summary>
    public static (ServiceRequest Request, RequestEvent Event) Create(
        string trackingCode,
        string officeCode,
        ServiceDefinition service,
        RequestChannel channel,
        ApplicantDetails applicant,
        DateTimeOffset now,
        string? actorId,
        string actorName,
        string? idempotencyKey,
        string? idempotencyFingerprint,
        WorkingCalendar? calendar = null)
    {
        var walkIn = channel == RequestChannel.WalkIn;
        var request = new ServiceRequest
        {
            Id = Guid.CreateVersion7(now),
            TrackingCode = trackingCode,
            OfficeCode = officeCode,
            ServiceCode = service.Code,
            ApprovalChain = service.ApprovalChain,
            Channel = channel,
            Status = walkIn ? RequestStatus.InReview : RequestStatus.Submitted,
            Nik = applicant.Nik,
            ApplicantName = applicant.Name,
            Address = applicant.Address,
            Purpose = applicant.Purpose,
            Phone = applicant.Phone,
            Email = applicant.Email,
            NotifyByEmail = applicant.NotifyByEmail && applicant.Email is not null,
            NotifyByWhatsApp = applicant.NotifyByWhatsApp && applicant.Phone is not null,
            SubmittedAt = now,
            UpdatedAt = now,
            AssigneeId = walkIn ? actorId : null,
            AssigneeName = walkIn ? actorName : null,
            Version = 1,
            IdempotencyKey = idempotencyKey,
            IdempotencyFingerprint = idempotencyFingerprint,
            VerifyClock = new ClockState(service.VerifyTarget, service.VerifyTargetUnit),
            CompletionClock = new ClockState(service.CompletionTarget, service.CompletionTargetUnit),
        };
        request.VerifyClock.Start(now);
        if (calendar is not null)
        {
            request.RecomputeDeadlines(calendar);
        }

        var action = walkIn ? RequestAction.RegisterWalkIn : RequestAction.Submit;
        var created = new RequestEvent(request.Id, officeCode, action, null, request.Status, actorId, actorName, now, null, request.Version);
        return (request, created);
    }

    public Guid Id { get; private set; }

    /// <summary>Kode Permohonan, e.g. <c>H7KM-3QXT-9RWP</c>.</summary>
    public string TrackingCode { get; private set; } = "";

    /// <summary>The office that handles the request (a kelurahan, or a kecamatan for kecamatan services).</summary>
    public string OfficeCode { get; private set; } = "";

    public string ServiceCode { get; private set; } = "";

    /// <summary>The service's approval chain when the request was made; later catalog edits do not change it.</summary>
    public ApprovalChain ApprovalChain { get; private set; }

    public RequestChannel Channel { get; private set; }

    public RequestStatus Status { get; private set; }

    public string Nik { get; private set; } = "";

    public string ApplicantName { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string Purpose { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>Whether the resident asked for updates by email (needs <see cref="Email"/>).</summary>
    public bool NotifyByEmail { get; private set; }

    /// <summary>Whether the resident asked for updates by WhatsApp (needs <see cref="Phone"/>).</summary>
    public bool NotifyByWhatsApp { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When an officer declared the papers complete; null until then and after a return.</summary>
    public DateTimeOffset? VerifiedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? AssigneeId { get; private set; }

    public string? AssigneeName { get; private set; }

    /// <summary>The latest note from staff to the resident: what to fix, or why it was rejected.</summary>
    public string? LastNote { get; private set; }

    public int Version { get; private set; }

    public string? IdempotencyKey { get; private set; }

    /// <summary>A hash of the submitted data, so a reused idempotency key with other data is refused.</summary>
    public string? IdempotencyFingerprint { get; private set; }

    /// <summary>From submission to the first verification decision.</summary>
    public ClockState VerifyClock { get; private set; } = default!;

    /// <summary>From papers verified complete to Siap Diambil, paused while the resident fixes the request.</summary>
    public ClockState CompletionClock { get; private set; } = default!;

    public bool IsClosed => Status is RequestStatus.Completed or RequestStatus.Rejected or RequestStatus.Cancelled;

    /// <summary>
    /// Carries out <paramref name="action"/> and returns the audit event. Throws
    /// <see cref="InvalidTransitionException"/> with an Indonesian message when the lifecycle forbids it.
    /// Who may act is decided by the office-access rules before this is called.
    /// </summary>
    public RequestEvent Apply(
        RequestAction action, string? actorId, string actorName, DateTimeOffset now, string? note, WorkingCalendar? calendar = null)
    {
        var from = Status;
        var to = NextStatus(action, actorId, note);
        MoveClocks(action, to, now, calendar);

        switch (action)
        {
            case RequestAction.Claim:
                AssigneeId = actorId;
                AssigneeName = actorName;
                break;
            case RequestAction.Verify:
                VerifiedAt = now;
                break;
            case RequestAction.Return:
            case RequestAction.Reject:
            case RequestAction.Cancel:
                LastNote = note;
                break;
            case RequestAction.Resubmit:
                VerifiedAt = null;
                break;
        }

        Status = to;
        UpdatedAt = now;
        ClosedAt = IsClosed ? now : null;
        Version++;
        if (calendar is not null)
        {
            RecomputeDeadlines(calendar);
        }

        return new RequestEvent(Id, OfficeCode, action, from, to, actorId, actorName, now, note, Version);
    }

    /// <summary>Derives both clocks' deadlines and escalation instants from the calendar.</summary>
    public void RecomputeDeadlines(WorkingCalendar calendar)
    {
        VerifyClock.Recompute(calendar);
        CompletionClock.Recompute(calendar);
    }

    /// <summary>The clock whose deadline matters now: verification until decided, then completion.</summary>
    public ClockState? ActiveClock =>
        VerifyClock.IsRunning ? VerifyClock
        : CompletionClock.IsRunning || CompletionClock.IsPaused ? CompletionClock
        : null;

    /// <summary>Which clock <see cref="ActiveClock"/> is, or null when no clock runs.</summary>
    public SlaClock? ActiveClockKind
    {
        get
        {
            var active = ActiveClock;
            if (active is null)
            {
                return null;
            }

            return active == VerifyClock ? SlaClock.Verify : SlaClock.Completion;
        }
    }

    /// <summary>Records that a clock's step was acted on, so the sweep moves to the next one.</summary>
    public void MarkReached(SlaClock clock, SlaLevel level, WorkingCalendar calendar) =>
        (clock == SlaClock.Verify ? VerifyClock : CompletionClock).Reached(level, calendar);

    /// <summary>
    /// Starts, pauses, resumes and stops the clocks. Verification stops at its first decision (verified,
    /// returned, rejected) and restarts when a request returned before verification is resubmitted;
    /// completion starts once at verification, pauses while the request waits on the resident and stops
    /// when the letter is ready or the request is closed.
    /// </summary>
    private void MoveClocks(RequestAction action, RequestStatus to, DateTimeOffset now, WorkingCalendar? calendar)
    {
        switch (action)
        {
            case RequestAction.Verify:
                VerifyClock.Stop(now);
                if (CompletionClock.StartedAt is null)
                {
                    CompletionClock.Start(now);
                }

                break;
            case RequestAction.Return:
                VerifyClock.Stop(now);
                CompletionClock.Pause(now);
                break;
            case RequestAction.Resubmit when CompletionClock.StartedAt is not null:
                if (calendar is not null)
                {
                    CompletionClock.Resume(now, calendar);
                }

                break;
            case RequestAction.Resubmit:
                VerifyClock.Start(now);
                break;
        }

        if (to is RequestStatus.Ready or RequestStatus.Completed or RequestStatus.Rejected or RequestStatus.Cancelled)
        {
            VerifyClock.Stop(now);
            CompletionClock.Stop(now);
        }
    }

    /// <summary>Whether the lifecycle allows <paramref name="action"/> now (ignoring who acts).</summary>
    public bool Allows(RequestAction action, string? actorId = null) => Refusal(action, actorId) is null;

    private RequestStatus NextStatus(RequestAction action, string? actorId, string? note)
    {
        var refusal = Refusal(action, actorId);
        if (refusal is not null)
        {
            throw new InvalidTransitionException(refusal);
        }

        if (action is RequestAction.Return or RequestAction.Reject or RequestAction.Cancel or RequestAction.MarkReady
            && string.IsNullOrWhiteSpace(note))
        {
            throw new InvalidTransitionException(action switch
            {
                RequestAction.Return => "Tuliskan catatan perbaikan untuk warga: apa yang harus diperbaiki.",
                RequestAction.Reject => "Tuliskan alasan penolakan. Warga akan membaca alasan ini.",
                RequestAction.Cancel => "Tuliskan alasan pembatalan.",
                _ => "Tuliskan catatan penandatanganan, misalnya siapa yang menandatangani surat secara manual.",
            });
        }

        return action switch
        {
            RequestAction.Claim => RequestStatus.InReview,
            RequestAction.Verify => RequestStatus.InReview,
            RequestAction.Return => RequestStatus.NeedsFix,
            RequestAction.Resubmit => AssigneeId is null ? RequestStatus.Submitted : RequestStatus.InReview,
            RequestAction.SendForApproval => ApprovalChain == ApprovalChain.Camat ? RequestStatus.AwaitingCamat : RequestStatus.AwaitingLurah,
            RequestAction.Approve => Status == RequestStatus.AwaitingLurah && ApprovalChain == ApprovalChain.LurahThenCamat
                ? RequestStatus.AwaitingCamat
                : RequestStatus.Ready,
            RequestAction.MarkReady => RequestStatus.Ready,
            RequestAction.Complete => RequestStatus.Completed,
            RequestAction.Reject => RequestStatus.Rejected,
            RequestAction.Cancel => RequestStatus.Cancelled,
            _ => throw new InvalidTransitionException("Tindakan ini tidak dapat dilakukan pada permohonan yang sudah ada."),
        };
    }

    /// <summary>The Indonesian reason the lifecycle forbids the action now, or null when it is allowed.</summary>
    private string? Refusal(RequestAction action, string? actorId)
    {
        var state = RequestText.Status(Status);
        if (IsClosed)
        {
            return $"Permohonan ini sudah berstatus {state} dan tidak dapat diubah lagi.";
        }

        return action switch
        {
            RequestAction.Claim when Status == RequestStatus.Submitted => null,
            RequestAction.Claim when Status == RequestStatus.InReview && (AssigneeId is null || AssigneeId != actorId) => null,
            RequestAction.Claim when Status == RequestStatus.InReview => "Permohonan ini sudah Anda tangani.",
            RequestAction.Claim => $"Permohonan berstatus {state} tidak dapat ditangani lagi.",

            RequestAction.Verify when Status == RequestStatus.InReview && VerifiedAt is null => null,
            RequestAction.Verify when Status == RequestStatus.InReview => "Berkas permohonan ini sudah diverifikasi.",
            RequestAction.Verify => $"Hanya permohonan berstatus Sedang Diperiksa yang dapat diverifikasi; status sekarang {state}. Tangani permohonan terlebih dahulu.",

            RequestAction.Return when Status is RequestStatus.Submitted or RequestStatus.InReview
                or RequestStatus.AwaitingLurah or RequestStatus.AwaitingCamat => null,
            RequestAction.Return => $"Permohonan berstatus {state} tidak dapat dikembalikan untuk perbaikan.",

            RequestAction.Resubmit when Status == RequestStatus.NeedsFix => null,
            RequestAction.Resubmit => $"Hanya permohonan berstatus Perlu Perbaikan yang dapat diajukan ulang; status sekarang {state}.",

            RequestAction.SendForApproval when Status == RequestStatus.InReview && VerifiedAt is not null => null,
            RequestAction.SendForApproval when Status == RequestStatus.InReview =>
                "Verifikasi kelengkapan berkas terlebih dahulu sebelum mengajukan untuk persetujuan.",
            RequestAction.SendForApproval => $"Permohonan berstatus {state} tidak dapat diajukan untuk persetujuan.",

            RequestAction.Approve when Status is RequestStatus.AwaitingLurah or RequestStatus.AwaitingCamat => null,
            RequestAction.Approve => $"Permohonan berstatus {state} tidak sedang menunggu persetujuan.",

            RequestAction.MarkReady when Status == RequestStatus.AwaitingCamat
                || (Status == RequestStatus.AwaitingLurah && ApprovalChain == ApprovalChain.Lurah) => null,
            RequestAction.MarkReady when Status == RequestStatus.AwaitingLurah =>
                "Layanan ini masih memerlukan persetujuan Camat setelah Lurah, sehingga belum dapat ditandai Siap Diambil.",
            RequestAction.MarkReady => $"Permohonan berstatus {state} tidak dapat ditandai Siap Diambil.",

            RequestAction.Complete when Status == RequestStatus.Ready => null,
            RequestAction.Complete => $"Hanya surat berstatus Siap Diambil yang dapat diselesaikan; status sekarang {state}.",

            RequestAction.Reject when Status is RequestStatus.Submitted or RequestStatus.InReview or RequestStatus.NeedsFix
                or RequestStatus.AwaitingLurah or RequestStatus.AwaitingCamat => null,
            RequestAction.Reject => $"Permohonan berstatus {state} tidak dapat ditolak.",

            RequestAction.Cancel when Status is RequestStatus.Submitted or RequestStatus.InReview or RequestStatus.NeedsFix => null,
            RequestAction.Cancel => $"Permohonan berstatus {state} tidak dapat dibatalkan lagi. Silakan hubungi kantor kelurahan.",

            _ => "Tindakan ini tidak dapat dilakukan pada permohonan yang sudah ada.",
        };
    }
}
