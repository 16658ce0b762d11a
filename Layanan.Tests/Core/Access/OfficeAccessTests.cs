using Layanan.Core.Access;
using Layanan.Core.Catalog;
using Layanan.Core.Identity;
using Layanan.Core.Requests;

namespace Layanan.Tests.Core.Access;

/// <summary>
/// The authorization matrix: every role, at its own office, at the request's kecamatan and elsewhere,
/// against viewing, subscribing and each staff action.
/// </summary>
public sealed class OfficeAccessTests
{
    private const string Saigon = "61.71.02.1003";
    private const string PontianakTimur = "61.71.02";
    private const string Akcaya = "61.71.01.1006";
    private const string PontianakSelatan = "61.71.01";
    private const string Kota = "61.71";

    private static readonly OfficeDirectory Offices = OfficeDirectory.FromReferenceData();
    private static readonly OfficeAccess Access = new(Offices);
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<StaffRole, string, bool> ViewCases() => new()
    {
        { StaffRole.PetugasKelurahan, Saigon, true },
        { StaffRole.PetugasKelurahan, Akcaya, false },
        { StaffRole.Lurah, Saigon, true },
        { StaffRole.Lurah, Akcaya, false },
        { StaffRole.SekretarisKelurahan, Saigon, true },
        { StaffRole.PetugasKecamatan, PontianakTimur, true },
        { StaffRole.PetugasKecamatan, PontianakSelatan, false },
        { StaffRole.Camat, PontianakTimur, true },
        { StaffRole.Camat, PontianakSelatan, false },
        { StaffRole.SekretarisKecamatan, PontianakTimur, true },
        { StaffRole.WaliKota, Kota, false },
        { StaffRole.AdminKota, Kota, false },
    };

    [Theory]
    [MemberData(nameof(ViewCases))]
    public void CanViewRequests_OfSaigon_DependsOnRoleAndOffice(StaffRole role, string officeCode, bool expected)
    {
        var actor = new StaffActor("u", "U", role, officeCode);

        Assert.Equal(expected, Access.CanViewRequests(actor, Saigon));
    }

    [Theory]
    [MemberData(nameof(ViewCases))]
    public void CanSubscribe_ToSaigon_AllowsCityRolesToo(StaffRole role, string officeCode, bool canView)
    {
        var actor = new StaffActor("u", "U", role, officeCode);

        var expected = canView || StaffRoles.IsCityRole(role);
        Assert.Equal(expected, Access.CanSubscribe(actor, Saigon));
    }

    [Fact]
    public void CanSubscribe_IsRefused_ForUnknownOffice()
    {
        var walikota = new StaffActor("u", "U", StaffRole.WaliKota, Kota);

        Assert.False(Access.CanSubscribe(walikota, "99.99"));
    }

    [Fact]
    public void AggregateOffices_CoversEveryOffice_ForCity()
    {
        var admin = new StaffActor("u", "U", StaffRole.AdminKota, Kota);

        Assert.Equal(36, Access.AggregateOffices(admin).Count);
    }

    [Theory]
    [InlineData(StaffRole.PetugasKelurahan, Saigon, RequestStatus.Submitted, RequestAction.Claim, true)]
    [InlineData(StaffRole.PetugasKelurahan, Akcaya, RequestStatus.Submitted, RequestAction.Claim, false)]
    [InlineData(StaffRole.Lurah, Saigon, RequestStatus.Submitted, RequestAction.Claim, true)]
    [InlineData(StaffRole.Camat, PontianakTimur, RequestStatus.Submitted, RequestAction.Claim, false)]
    [InlineData(StaffRole.PetugasKecamatan, PontianakTimur, RequestStatus.Submitted, RequestAction.Claim, false)]
    [InlineData(StaffRole.WaliKota, Kota, RequestStatus.Submitted, RequestAction.Claim, false)]
    [InlineData(StaffRole.AdminKota, Kota, RequestStatus.Submitted, RequestAction.Reject, false)]
    [InlineData(StaffRole.PetugasKelurahan, Saigon, RequestStatus.AwaitingLurah, RequestAction.Approve, false)]
    [InlineData(StaffRole.SekretarisKelurahan, Saigon, RequestStatus.AwaitingLurah, RequestAction.Approve, false)]
    [InlineData(StaffRole.Lurah, Saigon, RequestStatus.AwaitingLurah, RequestAction.Approve, true)]
    [InlineData(StaffRole.Lurah, Akcaya, RequestStatus.AwaitingLurah, RequestAction.Approve, false)]
    [InlineData(StaffRole.Lurah, Saigon, RequestStatus.AwaitingLurah, RequestAction.Return, true)]
    [InlineData(StaffRole.PetugasKelurahan, Saigon, RequestStatus.AwaitingLurah, RequestAction.Return, false)]
    [InlineData(StaffRole.PetugasKelurahan, Saigon, RequestStatus.AwaitingLurah, RequestAction.MarkReady, true)]
    [InlineData(StaffRole.Camat, PontianakTimur, RequestStatus.AwaitingLurah, RequestAction.Approve, false)]
    [InlineData(StaffRole.Camat, PontianakTimur, RequestStatus.AwaitingCamat, RequestAction.Approve, true)]
    [InlineData(StaffRole.SekretarisKecamatan, PontianakTimur, RequestStatus.AwaitingCamat, RequestAction.Approve, true)]
    [InlineData(StaffRole.Camat, PontianakSelatan, RequestStatus.AwaitingCamat, RequestAction.Approve, false)]
    [InlineData(StaffRole.Lurah, Saigon, RequestStatus.AwaitingCamat, RequestAction.Approve, false)]
    [InlineData(StaffRole.PetugasKecamatan, PontianakTimur, RequestStatus.AwaitingCamat, RequestAction.Approve, false)]
    [InlineData(StaffRole.Camat, PontianakTimur, RequestStatus.AwaitingCamat, RequestAction.Reject, true)]
    [InlineData(StaffRole.PetugasKelurahan, Saigon, RequestStatus.Ready, RequestAction.Complete, true)]
    [InlineData(StaffRole.PetugasKelurahan, Akcaya, RequestStatus.Ready, RequestAction.Complete, false)]
    public void RefusalFor_FollowsMatrix(StaffRole role, string actorOffice, RequestStatus status, RequestAction action, bool allowed)
    {
        var actor = new StaffActor("u", "U", role, actorOffice);
        var request = RequestAt(status);

        var refusal = Access.RefusalFor(actor, request, action);

        Assert.Equal(allowed, refusal is null);
    }

    [Fact]
    public void CanRegisterWalkIn_OnlyAtOwnCounter()
    {
        var officer = new StaffActor("u", "U", StaffRole.PetugasKelurahan, Saigon);
        var walikota = new StaffActor("w", "W", StaffRole.WaliKota, Kota);

        Assert.True(Access.CanRegisterWalkIn(officer, Saigon));
        Assert.False(Access.CanRegisterWalkIn(officer, Akcaya));
        Assert.False(Access.CanRegisterWalkIn(walikota, Kota));
    }

    private static ServiceRequest RequestAt(RequestStatus status)
    {
        var service = new ServiceDefinition("WARIS", "Ahli Waris", ["KTP"], 1, TargetUnit.WorkingDays, 3, TargetUnit.WorkingDays, ApprovalChain.LurahThenCamat, "Surat", 1);
        var chainLurah = new ServiceDefinition("SKD", "Domisili", ["KTP"], 1, TargetUnit.WorkingDays, 1, TargetUnit.WorkingDays, ApprovalChain.Lurah, "Surat", 2);
        var applicant = new ApplicantDetails("6171011203900001", "Budi", "Jl. A", "B", "081234567890", null);
        var request = ServiceRequest.Create("H7KM-3QXT-9RWP", Saigon, status == RequestStatus.AwaitingCamat ? service : chainLurah,
            RequestChannel.Online, applicant, Now, null, "Warga", null, null).Request;

        void Do(RequestAction action) => request.Apply(action, "p", "P", Now, null);
        if (status == RequestStatus.Submitted)
        {
            return request;
        }

        Do(RequestAction.Claim);
        Do(RequestAction.Verify);
        Do(RequestAction.SendForApproval);
        if (status == RequestStatus.AwaitingLurah)
        {
            return request;
        }

        Do(RequestAction.Approve);
        Assert.Equal(status, request.Status);
        return request;
    }
}
