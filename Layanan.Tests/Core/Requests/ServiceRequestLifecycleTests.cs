using Layanan.Core.Catalog;
using Layanan.Core.Requests;

namespace Layanan.Tests.Core.Requests;

/// <summary>Every action in every state: the allowed transitions and the refused ones.</summary>
public sealed class ServiceRequestLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Rows are states (how each is reached is in <see cref="Reach"/>); columns follow
    /// <see cref="Actions"/>. A dash means the lifecycle refuses the action.
    /// </summary>
    private static readonly string[] Actions =
        ["Submit", "RegisterWalkIn", "Claim", "Verify", "Return", "Resubmit", "SendForApproval", "Approve", "MarkReady", "Complete", "Reject", "Cancel"];

    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["Submitted"] = ["-", "-", "InReview", "-", "NeedsFix", "-", "-", "-", "-", "-", "Rejected", "Cancelled"],
        ["InReview"] = ["-", "-", "InReview", "InReview", "NeedsFix", "-", "-", "-", "-", "-", "Rejected", "Cancelled"],
        ["InReviewVerified"] = ["-", "-", "InReview", "-", "NeedsFix", "-", "AwaitingLurah", "-", "-", "-", "Rejected", "Cancelled"],
        ["NeedsFix"] = ["-", "-", "-", "-", "-", "Submitted", "-", "-", "-", "-", "Rejected", "Cancelled"],
        ["AwaitingLurah"] = ["-", "-", "-", "-", "NeedsFix", "-", "-", "Ready", "Ready", "-", "Rejected", "-"],
        ["AwaitingLurahThenCamat"] = ["-", "-", "-", "-", "NeedsFix", "-", "-", "AwaitingCamat", "-", "-", "Rejected", "-"],
        ["AwaitingCamat"] = ["-", "-", "-", "-", "NeedsFix", "-", "-", "Ready", "Ready", "-", "Rejected", "-"],
        ["Ready"] = ["-", "-", "-", "-", "-", "-", "-", "-", "-", "Completed", "-", "-"],
        ["Completed"] = ["-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"],
        ["Rejected"] = ["-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"],
        ["Cancelled"] = ["-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"],
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (state, row) in Expected)
        {
            for (var i = 0; i < Actions.Length; i++)
            {
                data.Add(state, Actions[i], row[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_FollowsLifecycle(string state, string actionName, string expected)
    {
        var request = Reach(state);
        var action = Enum.Parse<RequestAction>(actionName);
        var versionBefore = request.Version;

        if (expected == "-")
        {
            var statusBefore = request.Status;
            var refusal = Assert.Throws<InvalidTransitionException>(() => request.Apply(action, "officer-2", "Petugas Dua", Now, "catatan"));
            Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
            Assert.Equal(statusBefore, request.Status);
            Assert.Equal(versionBefore, request.Version);
            return;
        }

        var change = request.Apply(action, "officer-2", "Petugas Dua", Now, "catatan");

        Assert.Equal(Enum.Parse<RequestStatus>(expected), request.Status);
        Assert.Equal(request.Status, change.ToStatus);
        Assert.Equal(action, change.Action);
        Assert.Equal(versionBefore + 1, request.Version);
        Assert.Equal(request.Version, change.Version);
    }

    [Fact]
    public void Apply_RequiresNote_WhenReturning()
    {
        var request = Reach("Submitted");

        var refusal = Assert.Throws<InvalidTransitionException>(() => request.Apply(RequestAction.Return, "officer-1", "Petugas", Now, "  "));

        Assert.Contains("catatan perbaikan", refusal.Message);
        Assert.Equal(RequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void Apply_RequiresReason_WhenRejecting()
    {
        var request = Reach("InReview");

        var refusal = Assert.Throws<InvalidTransitionException>(() => request.Apply(RequestAction.Reject, "officer-1", "Petugas", Now, null));

        Assert.Contains("alasan penolakan", refusal.Message);
    }

    [Fact]
    public void Apply_RefusesSendForApproval_WithReason_WhenPapersNotVerified()
    {
        var request = Reach("InReview");

        var refusal = Assert.Throws<InvalidTransitionException>(() => request.Apply(RequestAction.SendForApproval, "officer-1", "Petugas", Now, null));

        Assert.Contains("Verifikasi kelengkapan berkas", refusal.Message);
    }

    [Fact]
    public void Apply_RefusesClaim_WhenSameOfficerAlreadyHandlesIt()
    {
        var request = Reach("InReview");

        Assert.Throws<InvalidTransitionException>(() => request.Apply(RequestAction.Claim, "officer-1", "Petugas Satu", Now, null));
    }

    [Fact]
    public void Apply_ResubmitsToInReview_WhenAnOfficerHandledIt()
    {
        var request = Reach("InReview");
        request.Apply(RequestAction.Return, "officer-1", "Petugas Satu", Now, "KTP buram");

        request.Apply(RequestAction.Resubmit, null, "Warga", Now, "KTP sudah difoto ulang");

        Assert.Equal(RequestStatus.InReview, request.Status);
        Assert.Null(request.VerifiedAt);
    }

    [Fact]
    public void Apply_SendsStraightToCamat_WhenServiceIsApprovedByCamatOnly()
    {
        var request = Create(ApprovalChain.Camat);
        request.Apply(RequestAction.Claim, "officer-1", "Petugas", Now, null);
        request.Apply(RequestAction.Verify, "officer-1", "Petugas", Now, null);

        request.Apply(RequestAction.SendForApproval, "officer-1", "Petugas", Now, null);

        Assert.Equal(RequestStatus.AwaitingCamat, request.Status);
    }

    [Fact]
    public void Create_StartsInReview_WhenRegisteredAtCounter()
    {
        var service = Service(ApprovalChain.Lurah);
        var applicant = new ApplicantDetails("6171011203900001", "Budi", "Jl. A", "Keperluan", "081234567890", null);

        var (request, created) = ServiceRequest.Create("AAAA-CCCC-DDDD", "61.71.02.1003", service, RequestChannel.WalkIn, applicant, Now, "officer-1", "Petugas Satu", null, null);

        Assert.Equal(RequestStatus.InReview, request.Status);
        Assert.Equal("officer-1", request.AssigneeId);
        Assert.Equal(RequestAction.RegisterWalkIn, created.Action);
        Assert.Null(created.FromStatus);
    }

    private static ServiceRequest Reach(string state)
    {
        var chain = state == "AwaitingLurahThenCamat" || state == "AwaitingCamat" ? ApprovalChain.LurahThenCamat : ApprovalChain.Lurah;
        var request = Create(chain);
        void Do(RequestAction action, string? note = null) => request.Apply(action, "officer-1", "Petugas Satu", Now, note);

        switch (state)
        {
            case "Submitted":
                break;
            case "InReview":
                Do(RequestAction.Claim);
                break;
            case "InReviewVerified":
                Do(RequestAction.Claim);
                Do(RequestAction.Verify);
                break;
            case "NeedsFix":
                Do(RequestAction.Return, "Lengkapi pengantar RT");
                break;
            case "AwaitingLurah" or "AwaitingLurahThenCamat":
                Do(RequestAction.Claim);
                Do(RequestAction.Verify);
                Do(RequestAction.SendForApproval);
                break;
            case "AwaitingCamat":
                Do(RequestAction.Claim);
                Do(RequestAction.Verify);
                Do(RequestAction.SendForApproval);
                Do(RequestAction.Approve);
                break;
            case "Ready" or "Completed":
                Do(RequestAction.Claim);
                Do(RequestAction.Verify);
                Do(RequestAction.SendForApproval);
                Do(RequestAction.Approve);
                if (state == "Completed")
                {
                    Do(RequestAction.Complete);
                }

                break;
            case "Rejected":
                Do(RequestAction.Reject, "Bukan warga kelurahan ini");
                break;
            case "Cancelled":
                Do(RequestAction.Cancel, "Tidak jadi");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }

        Assert.Equal(state switch
        {
            "InReviewVerified" => RequestStatus.InReview,
            "AwaitingLurahThenCamat" => RequestStatus.AwaitingLurah,
            _ => Enum.Parse<RequestStatus>(state),
        }, request.Status);
        return request;
    }

    private static ServiceRequest Create(ApprovalChain chain)
    {
        var applicant = new ApplicantDetails("6171011203900001", "Budi Santoso", "Jl. Gajah Mada No. 1", "Melamar kerja", "081234567890", null);
        return ServiceRequest.Create("H7KM-3QXT-9RWP", "61.71.02.1003", Service(chain), RequestChannel.Online, applicant, Now, null, "Warga", null, null).Request;
    }

    private static ServiceDefinition Service(ApprovalChain chain) =>
        new("TEST", "Layanan Uji", ["KTP"], 1, TargetUnit.WorkingDays, 1, TargetUnit.WorkingDays, chain, "Surat Uji", 1);
}
