using Layanan.Core.Identity;
using Layanan.Core.Notifications;
using Layanan.Core.Notifications.Channels;
using Layanan.Core.Requests;
using Layanan.Core.Sla;
using Layanan.Tests.TestSupport;
using Layanan.Tests.TestSupport.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.Core.Sla;

public sealed class SlaSweepTests : IAsyncLifetime
{
    private CoreHarness _core = default!;

    public async Task InitializeAsync() => _core = await CoreHarness.StartAsync();

    public async Task DisposeAsync() => await _core.DisposeAsync();

    private SlaSweep Sweep => _core.Services.GetRequiredService<SlaSweep>();

    [Fact]
    public async Task Sweep_RemindsOfficersAtHalfTarget_DuringOfficeHours()
    {
        var officer = await _core.AddStaffAsync(StaffRole.PetugasKelurahan, "Saigon");
        await SubmitAsync();

        _core.Time.SetUtcNow(WibTime.At(2026, 12, 3, 8, 0));
        var early = await Sweep.RunAsync();
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 3, 8, 30));
        var due = await Sweep.RunAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        await using var db = _core.CreateDbContext();
        var notice = await db.InAppNotifications.SingleAsync();
        Assert.Equal(officer.Id, notice.UserId);
        Assert.Contains("50% waktu pemeriksaan berkas sudah terpakai", notice.Body);
        var email = await db.Outbox.SingleAsync();
        Assert.Equal(NotificationChannel.Email, email.Channel);
        Assert.Equal(officer.Email, email.Recipient);
    }

    [Fact]
    public async Task Sweep_ActsOnEachLevelOnce_WhenTwoSweepsRunAtOnce()
    {
        await _core.AddStaffAsync(StaffRole.PetugasKelurahan, "Saigon");
        await _core.AddStaffAsync(StaffRole.Lurah, "Saigon");
        await _core.AddStaffAsync(StaffRole.Camat, "Pontianak Timur");
        await SubmitAsync();
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 4, 9, 0));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Sweep.RunAsync())));

        Assert.Equal(3, runs.Sum());
        await using var db = _core.CreateDbContext();
        var levels = await db.SlaEscalations.Select(e => e.Level).OrderBy(l => l).ToListAsync();
        Assert.Equal([SlaLevel.FirstReminder, SlaLevel.SecondReminder, SlaLevel.Overdue], levels);
        Assert.Equal(4, await db.InAppNotifications.CountAsync());
        Assert.Equal(4, await db.Outbox.CountAsync());
    }

    [Fact]
    public async Task Sweep_DoesNothingAgain_AfterRestart()
    {
        await _core.AddStaffAsync(StaffRole.Lurah, "Saigon");
        await SubmitAsync();
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 4, 9, 0));
        var first = await Sweep.RunAsync();

        await using var restarted = await _core.RestartAsync();
        var second = await restarted.Services.GetRequiredService<SlaSweep>().RunAsync();

        Assert.Equal(3, first);
        Assert.Equal(0, second);
        await using var db = _core.CreateDbContext();
        Assert.Equal(3, await db.SlaEscalations.CountAsync());
    }

    [Fact]
    public async Task Sweep_ShowsOnCityList_WhenOverdueByAnotherFullTarget()
    {
        var code = await SubmitAsync();
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 7, 9, 0));

        await Sweep.RunAsync();

        await using var db = _core.CreateDbContext();
        Assert.Contains(SlaLevel.CityOverdue, await db.SlaEscalations.Select(e => e.Level).ToListAsync());
        var request = await db.Requests.SingleAsync(r => r.TrackingCode == code);
        Assert.Null(request.VerifyClock.NextLevelAt);
    }

    [Fact]
    public async Task Sweep_HoldsStaffEmail_UntilNextOpening_WhenDueAtNight()
    {
        await _core.AddStaffAsync(StaffRole.Lurah, "Saigon");
        var eager = await _core.AddStaffAsync(StaffRole.Camat, "Pontianak Timur", notifyOutsideOfficeHours: true);
        await SubmitAsync();
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 4, 22, 0));

        await Sweep.RunAsync();

        await using var db = _core.CreateDbContext();
        var emails = await db.Outbox.Where(m => m.Kind == "sla.Overdue").ToListAsync();
        Assert.Equal(WibTime.At(2026, 12, 7, 7, 30), emails.Single(m => m.RecipientUserId != eager.Id).NotBefore);
        Assert.Equal(WibTime.At(2026, 12, 4, 22, 0), emails.Single(m => m.RecipientUserId == eager.Id).NotBefore);
    }

    [Fact]
    public async Task Sweep_SkipsPausedClock()
    {
        var code = await SubmitAsync();
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        await _core.Requests.ActAsync(officer, code, RequestAction.Claim, null, null);
        await _core.Requests.ActAsync(officer, code, RequestAction.Verify, null, null);
        await _core.Requests.ActAsync(officer, code, RequestAction.Return, "Foto buram", null);
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 10, 9, 0));

        var acted = await Sweep.RunAsync();

        Assert.Equal(0, acted);
    }

    [Fact]
    public async Task ResidentNotice_IsQueuedWithTheChange_ByChosenChannels()
    {
        var input = SubmitRequestBuilder.Valid() with { Email = "warga@contoh.id", NotifyByWhatsApp = false };
        var code = (await _core.Requests.SubmitAsync(input, RequestChannel.Online, null)).Value!.TrackingCode;

        await _core.Requests.ActAsync(_core.Actor(StaffRole.PetugasKelurahan, "Saigon"), code, RequestAction.Return, "Lampirkan pengantar RT", null);

        await using var db = _core.CreateDbContext();
        var message = await db.Outbox.SingleAsync();
        Assert.Equal(NotificationChannel.Email, message.Channel);
        Assert.Equal("warga@contoh.id", message.Recipient);
        Assert.Contains("Lampirkan pengantar RT", message.Body);
    }

    private async Task<string> SubmitAsync() =>
        (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
}
