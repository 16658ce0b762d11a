using Layanan.Core.Catalog;
using Layanan.Core.Requests;
using Layanan.Core.Sla;

namespace Layanan.Tests.TestSupport.Builders;

/// <summary>Board cards without a database: a request of Kelurahan Saigon being checked, with a running clock.</summary>
public static class RequestCardBuilder
{
    /// <summary>Wednesday 2 December 2026, 09:00 WIB, as in <see cref="CoreHarness.DefaultStart"/>.</summary>
    public static readonly DateTimeOffset SubmittedAt = CoreHarness.DefaultStart;

    /// <summary>A card whose verify clock is due at <paramref name="dueAt"/>, "due soon" from <paramref name="dueSoonAt"/>.</summary>
    public static RequestCard Running(DateTimeOffset dueAt, DateTimeOffset? dueSoonAt, SlaClock clock = SlaClock.Verify) =>
        new(
            TrackingCode: "H7KM-3QXT-9RWP",
            OfficeCode: SubmitRequestBuilder.SaigonCode,
            ServiceCode: "SKD",
            ServiceName: "Surat Keterangan Domisili",
            Status: RequestStatus.InReview,
            Channel: RequestChannel.Online,
            ApprovalChain: ApprovalChain.Lurah,
            MaskedNik: "617102******0007",
            SubmittedAt: SubmittedAt,
            UpdatedAt: SubmittedAt,
            IsVerified: false,
            AssigneeId: null,
            AssigneeName: null,
            LastNote: null,
            Version: 1,
            ActiveClock: clock,
            DueAt: dueAt,
            DueSoonAt: dueSoonAt);

    /// <summary>A card whose completion clock waits on the resident.</summary>
    public static RequestCard Paused(DateTimeOffset dueAt) =>
        Running(dueAt, null, SlaClock.Completion) with { Status = RequestStatus.NeedsFix, IsClockPaused = true };

    /// <summary>A card with no running clock, e.g. one returned before its papers were verified.</summary>
    public static RequestCard WithoutClock() =>
        Running(SubmittedAt, null) with { Status = RequestStatus.NeedsFix, ActiveClock = null, DueAt = null, DueSoonAt = null };
}
