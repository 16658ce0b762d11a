using Layanan.Core.Common;
using Layanan.Core.Identity;
using Layanan.Core.Realtime;
using Layanan.Core.Requests;
using Layanan.Tests.TestSupport;
using Layanan.Tests.TestSupport.Builders;
using Microsoft.EntityFrameworkCore;

namespace Layanan.Tests.Core.Requests;

public sealed class RequestServiceTests : IAsyncLifetime
{
    private CoreHarness _core = default!;

    public async Task InitializeAsync() => _core = await CoreHarness.StartAsync();

    public async Task DisposeAsync() => await _core.DisposeAsync();

    [Fact]
    public async Task SubmitAsync_StoresRequestAndFirstEvent()
    {
        var result = await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null);

        Assert.True(result.Succeeded, result.Message);
        await using var db = _core.CreateDbContext();
        var stored = await db.Requests.SingleAsync();
        Assert.Equal(result.Value!.TrackingCode, stored.TrackingCode);
        Assert.Equal(RequestStatus.Submitted, stored.Status);
        Assert.Equal(CoreHarness.DefaultStart, stored.SubmittedAt);
        var created = await db.RequestEvents.SingleAsync();
        Assert.Equal(RequestAction.Submit, created.Action);
        Assert.Equal(RequestService.ResidentActor, created.ActorName);
        Assert.Null(created.FromStatus);
    }

    [Fact]
    public async Task SubmitAsync_ReturnsFirstReceipt_WhenRetriedWithSameKey()
    {
        var first = await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Api, "kunci-1");

        var second = await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Api, "kunci-1");

        Assert.Equal(first.Value!.TrackingCode, second.Value!.TrackingCode);
        Assert.False(first.Value.IsReplay);
        Assert.True(second.Value.IsReplay);
        await using var db = _core.CreateDbContext();
        Assert.Equal(1, await db.Requests.CountAsync());
        Assert.Equal(1, await db.RequestEvents.CountAsync());
    }

    [Fact]
    public async Task SubmitAsync_CreatesOneRequest_WhenSameKeyArrivesConcurrently()
    {
        var attempts = Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Api, "kunci-serentak")));

        var results = await Task.WhenAll(attempts);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Message));
        Assert.Single(results.Select(r => r.Value!.TrackingCode).Distinct());
        await using var db = _core.CreateDbContext();
        Assert.Equal(1, await db.Requests.CountAsync());
    }

    [Fact]
    public async Task SubmitAsync_Conflicts_WhenKeyIsReusedForOtherData()
    {
        await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Api, "kunci-2");

        var other = await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(serviceCode: "SKCK"), RequestChannel.Api, "kunci-2");

        Assert.Equal(ResultStatus.Conflict, other.Status);
        Assert.Contains("Idempotency-Key", other.Message);
        await using var db = _core.CreateDbContext();
        Assert.Equal(1, await db.Requests.CountAsync());
    }

    [Theory]
    [InlineData("nik", "123", "NIK harus 16 angka")]
    [InlineData("officeCode", "61.71.99.9999", "tidak ditemukan")]
    [InlineData("serviceCode", "SURAT-SAKTI", "tidak ditemukan")]
    [InlineData("name", "", "Nama lengkap wajib diisi")]
    [InlineData("address", " ", "Alamat wajib diisi")]
    [InlineData("purpose", "", "Keperluan wajib diisi")]
    [InlineData("email", "bukan-email", "Alamat email tidak valid")]
    [InlineData("phone", "12345", "Nomor telepon/WhatsApp tidak valid")]
    public async Task SubmitAsync_RejectsFieldAndStoresNothing_WhenInputIsInvalid(string field, string value, string message)
    {
        var input = field switch
        {
            "nik" => SubmitRequestBuilder.Valid() with { Nik = value },
            "officeCode" => SubmitRequestBuilder.Valid() with { OfficeCode = value },
            "serviceCode" => SubmitRequestBuilder.Valid() with { ServiceCode = value },
            "name" => SubmitRequestBuilder.Valid() with { Name = value },
            "address" => SubmitRequestBuilder.Valid() with { Address = value },
            "purpose" => SubmitRequestBuilder.Valid() with { Purpose = value },
            "email" => SubmitRequestBuilder.Valid() with { Email = value },
            _ => SubmitRequestBuilder.Valid() with { Phone = value },
        };

        var result = await _core.Requests.SubmitAsync(input, RequestChannel.Online, null);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Contains(message, result.Errors![field][0]);
        await using var db = _core.CreateDbContext();
        Assert.Equal(0, await db.Requests.CountAsync());
        Assert.Equal(0, await db.RequestEvents.CountAsync());
    }

    [Fact]
    public async Task SubmitAsync_NamesLimit_WhenTextIsOversized()
    {
        var input = SubmitRequestBuilder.Valid() with { Purpose = new string('a', RequestLimits.Purpose + 1) };

        var result = await _core.Requests.SubmitAsync(input, RequestChannel.Online, null);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal("Keperluan terlalu panjang: 501 karakter, paling banyak 500. Persingkat isiannya.", result.Errors!["purpose"][0]);
    }

    [Fact]
    public async Task SubmitAsync_AsksForContact_WhenPhoneAndEmailAreMissing()
    {
        var input = SubmitRequestBuilder.Valid() with { Phone = null, Email = "" };

        var result = await _core.Requests.SubmitAsync(input, RequestChannel.Online, null);

        Assert.Contains("nomor telepon/WhatsApp atau alamat email", result.Errors!["phone"][0]);
    }

    [Fact]
    public async Task SubmitAsync_RefusesWhatsApp_ForLandline()
    {
        var input = SubmitRequestBuilder.Valid() with { Phone = "0561 734567", NotifyByWhatsApp = true };

        var result = await _core.Requests.SubmitAsync(input, RequestChannel.Online, null);

        Assert.Contains("nomor ponsel yang diawali 08", result.Errors!["phone"][0]);
    }

    [Fact]
    public async Task SubmitAsync_SkipsWhatsApp_ForLandlineWhenNotAsked()
    {
        var input = SubmitRequestBuilder.Valid() with { Phone = "0561734567" };

        var result = await _core.Requests.SubmitAsync(input, RequestChannel.Online, null);

        Assert.True(result.Succeeded, result.Message);
        await using var db = _core.CreateDbContext();
        Assert.False((await db.Requests.SingleAsync()).NotifyByWhatsApp);
    }

    [Fact]
    public async Task SubmitAsync_RefusesKelurahanForKecamatanService()
    {
        var result = await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(serviceCode: "SKTM-KEC"), RequestChannel.Online, null);

        Assert.Contains("kantor kecamatan", result.Errors!["officeCode"][0]);
    }

    [Fact]
    public async Task SubmitAsync_PublishesExactlyOneChange_ToTheOfficeOnly()
    {
        var saigon = new List<RequestChanged>();
        var akcaya = new List<RequestChanged>();
        using var saigonFeed = _core.Feed.Subscribe([SubmitRequestBuilder.SaigonCode], saigon.Add);
        using var akcayaFeed = _core.Feed.Subscribe([_core.OfficeCode("Akcaya")], akcaya.Add);

        var result = await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null);

        var change = Assert.Single(saigon);
        Assert.Equal(result.Value!.TrackingCode, change.TrackingCode);
        Assert.Equal(RequestStatus.Submitted, change.Status);
        Assert.Equal("617102******0007", change.Card.MaskedNik);
        Assert.Empty(akcaya);
    }

    [Fact]
    public async Task SubmitAsync_PublishesToKecamatanAndCity_WhenTheyFollowTheirOffices()
    {
        var kecamatan = new List<RequestChanged>();
        var city = new List<RequestChanged>();
        using var kecamatanFeed = _core.Feed.Subscribe([_core.OfficeCode("Pontianak Timur")], kecamatan.Add);
        using var cityFeed = _core.Feed.Subscribe(["61.71"], city.Add);

        await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null);

        Assert.Single(kecamatan);
        Assert.Single(city);
    }

    [Fact]
    public async Task ActAsync_MovesRequestAndAppendsEvent()
    {
        var code = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");

        var result = await _core.Requests.ActAsync(officer, code, RequestAction.Claim, null, expectedVersion: 1);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(RequestStatus.InReview, result.Value!.Status);
        Assert.Equal(officer.DisplayName, result.Value.AssigneeName);
        await using var db = _core.CreateDbContext();
        var events = await db.RequestEvents.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([RequestAction.Submit, RequestAction.Claim], events.Select(e => e.Action));
        Assert.Equal(officer.UserId, events[1].ActorId);
        Assert.Equal(RequestStatus.Submitted, events[1].FromStatus);
    }

    [Fact]
    public async Task ActAsync_ReturnsCurrentCard_WhenSamePersonPressesTwice()
    {
        var code = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        await _core.Requests.ActAsync(officer, code, RequestAction.Claim, null, expectedVersion: 1);

        var again = await _core.Requests.ActAsync(officer, code, RequestAction.Claim, null, expectedVersion: 1);

        Assert.True(again.Succeeded, again.Message);
        await using var db = _core.CreateDbContext();
        Assert.Equal(2, await db.RequestEvents.CountAsync());
    }

    [Fact]
    public async Task ActAsync_Conflicts_WhenSomeoneElseChangedItFirst()
    {
        var code = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
        await _core.Requests.ActAsync(_core.Actor(StaffRole.PetugasKelurahan, "Saigon", "petugas-1"), code, RequestAction.Claim, null, 1);

        var late = await _core.Requests.ActAsync(_core.Actor(StaffRole.PetugasKelurahan, "Saigon", "petugas-2"), code, RequestAction.Return, "KTP buram", 1);

        Assert.Equal(ResultStatus.Conflict, late.Status);
        Assert.Contains("baru saja diubah", late.Message);
    }

    [Fact]
    public async Task ActAsync_ReportsNotFound_WhenRequestBelongsToAnotherKelurahan()
    {
        var code = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
        var stranger = _core.Actor(StaffRole.PetugasKelurahan, "Akcaya");

        var result = await _core.Requests.ActAsync(stranger, code, RequestAction.Claim, null, null);

        Assert.Equal(ResultStatus.NotFound, result.Status);
        await using var db = _core.CreateDbContext();
        Assert.Equal(RequestStatus.Submitted, (await db.Requests.SingleAsync()).Status);
    }

    [Fact]
    public async Task ActAsync_WalksWarisThroughLurahAndCamat()
    {
        var code = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(serviceCode: "WARIS"), RequestChannel.Online, null)).Value!.TrackingCode;
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        var lurah = _core.Actor(StaffRole.Lurah, "Saigon");
        var camat = _core.Actor(StaffRole.Camat, "Pontianak Timur");

        await _core.Requests.ActAsync(officer, code, RequestAction.Claim, null, null);
        await _core.Requests.ActAsync(officer, code, RequestAction.Verify, null, null);
        await _core.Requests.ActAsync(officer, code, RequestAction.SendForApproval, null, null);
        var officerApproval = await _core.Requests.ActAsync(officer, code, RequestAction.Approve, null, null);
        var lurahApproval = await _core.Requests.ActAsync(lurah, code, RequestAction.Approve, null, null);
        var camatApproval = await _core.Requests.ActAsync(camat, code, RequestAction.Approve, null, null);

        Assert.Equal(ResultStatus.Forbidden, officerApproval.Status);
        Assert.Equal(RequestStatus.AwaitingCamat, lurahApproval.Value!.Status);
        Assert.Equal(RequestStatus.Ready, camatApproval.Value!.Status);
    }

    [Fact]
    public async Task RegisterWalkInAsync_StartsInReview_AssignedToOfficer()
    {
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");

        var result = await _core.Requests.RegisterWalkInAsync(officer, SubmitRequestBuilder.Valid(), "loket-1");

        Assert.Equal(RequestStatus.InReview, result.Value!.Status);
        await using var db = _core.CreateDbContext();
        var stored = await db.Requests.SingleAsync();
        Assert.Equal(RequestChannel.WalkIn, stored.Channel);
        Assert.Equal(officer.UserId, stored.AssigneeId);
    }

    [Fact]
    public async Task RegisterWalkInAsync_IsForbidden_AtAnotherOfficesCounter()
    {
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Akcaya");

        var result = await _core.Requests.RegisterWalkInAsync(officer, SubmitRequestBuilder.Valid(), null);

        Assert.Equal(ResultStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task ResubmitAsync_NeedsLastFourNikDigits()
    {
        var code = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
        await _core.Requests.ActAsync(_core.Actor(StaffRole.PetugasKelurahan, "Saigon"), code, RequestAction.Return, "Pengantar RT belum ada", null);

        var wrong = await _core.Requests.ResubmitAsync(code, "9999", "sudah");
        var right = await _core.Requests.ResubmitAsync(code, "0007", "Pengantar RT sudah dilampirkan");

        Assert.Equal(ResultStatus.NotFound, wrong.Status);
        Assert.True(right.Succeeded, right.Message);
        Assert.Equal(RequestStatus.Submitted, right.Value!.Status);
    }

    [Fact]
    public async Task GetPublicStatusAsync_HidesPersonalData_WithoutNikDigits()
    {
        var code = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;

        var anonymous = await _core.Queries.GetPublicStatusAsync(code.ToLowerInvariant().Replace("-", ""), null);
        var proven = await _core.Queries.GetPublicStatusAsync(code, "0007");

        Assert.NotNull(anonymous);
        Assert.Null(anonymous.Applicant);
        Assert.Equal("Kelurahan Saigon", anonymous.OfficeName);
        Assert.Single(anonymous.History);
        Assert.Equal("Nur Hasanah", proven!.Applicant!.Name);
    }

    [Fact]
    public async Task GetBoardAsync_IsForbidden_ForAnotherKelurahan()
    {
        var result = await _core.Queries.GetBoardAsync(_core.Actor(StaffRole.PetugasKelurahan, "Akcaya"), SubmitRequestBuilder.SaigonCode);

        Assert.Equal(ResultStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task GetBoardAsync_ShowsKelurahanRequestsAwaitingCamat_OnKecamatanBoard()
    {
        var code = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(serviceCode: "KERAMAIAN"), RequestChannel.Online, null)).Value!.TrackingCode;
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        await _core.Requests.ActAsync(officer, code, RequestAction.Claim, null, null);
        await _core.Requests.ActAsync(officer, code, RequestAction.Verify, null, null);
        await _core.Requests.ActAsync(officer, code, RequestAction.SendForApproval, null, null);
        await _core.Requests.ActAsync(_core.Actor(StaffRole.Lurah, "Saigon"), code, RequestAction.Approve, null, null);
        var camat = _core.Actor(StaffRole.Camat, "Pontianak Timur");

        var board = await _core.Queries.GetBoardAsync(camat, camat.OfficeCode);

        var card = Assert.Single(board.Value!.Cards);
        Assert.Equal(RequestStatus.AwaitingCamat, card.Status);
    }

    [Fact]
    public async Task GetOfficeCountsAsync_CountsPerOfficeAndStatus_ForCity()
    {
        await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null);
        await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(_core.OfficeCode("Akcaya")), RequestChannel.Online, null);
        await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(_core.OfficeCode("Akcaya")), RequestChannel.Online, null);
        var walikota = new StaffActor("wk", "Wali Kota", StaffRole.WaliKota, "61.71");

        var counts = await _core.Queries.GetOfficeCountsAsync(walikota);

        Assert.Equal(35, counts.Count);
        Assert.Equal(1, counts.Single(c => c.OfficeCode == SubmitRequestBuilder.SaigonCode).Count(RequestStatus.Submitted));
        Assert.Equal(2, counts.Single(c => c.OfficeCode == _core.OfficeCode("Akcaya")).Count(RequestStatus.Submitted));
    }

    [Fact]
    public async Task GetOfficeCountsAsync_CoversOnlyOwnKelurahan_ForCamat()
    {
        var camat = _core.Actor(StaffRole.Camat, "Pontianak Timur");

        var counts = await _core.Queries.GetOfficeCountsAsync(camat);

        Assert.Equal(8, counts.Count);
        Assert.All(counts, c => Assert.StartsWith("61.71.02", c.OfficeCode));
    }
}
