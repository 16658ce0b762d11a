using Layanan.Core.Identity;
using Layanan.Core.Notifications;
using Layanan.Core.Requests;
using Layanan.Tests.TestSupport;
using Layanan.Tests.TestSupport.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.Core.Notifications;

public sealed class ScheduledNoticesTests : IAsyncLifetime
{
    private CoreHarness _core = default!;

    /// <summary>Starts the clock on Wednesday 2 December 2026 at 07:00 WIB, the daily digest's hour.</summary>
    public async Task InitializeAsync() => _core = await CoreHarness.StartAsync(WibTime.At(2026, 12, 2, 7, 0));

    public async Task DisposeAsync() => await _core.DisposeAsync();

    private ScheduledNotices Notices => _core.Services.GetRequiredService<ScheduledNotices>();

    [Fact]
    public async Task DailyDigest_ReachesLurahAndCamatOnce()
    {
        var lurah = await _core.AddStaffAsync(StaffRole.Lurah, "Saigon");
        var camat = await _core.AddStaffAsync(StaffRole.Camat, "Pontianak Timur");
        await SubmitAsync();
        await SubmitAsync();

        await Notices.SendDailyDigestsAsync();
        await Notices.SendDailyDigestsAsync();

        await using var db = _core.CreateDbContext();
        var lurahNotice = await db.InAppNotifications.SingleAsync(n => n.UserId == lurah.Id);
        var camatNotice = await db.InAppNotifications.SingleAsync(n => n.UserId == camat.Id);
        Assert.Contains("Permohonan terbuka: 2.", lurahNotice.Body);
        Assert.Contains("Kelurahan Saigon", lurahNotice.Title);
        Assert.Contains("Permohonan terbuka: 2.", camatNotice.Body);
        Assert.Equal(1, await db.Outbox.CountAsync(m => m.RecipientUserId == lurah.Id));
    }

    [Fact]
    public async Task DailyDigest_SkipsWeekend()
    {
        await _core.AddStaffAsync(StaffRole.Lurah, "Saigon");
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 5, 7, 0));

        var sent = await Notices.SendDailyDigestsAsync();

        Assert.Equal(0, sent);
        await using var db = _core.CreateDbContext();
        Assert.Equal(0, await db.InAppNotifications.CountAsync());
    }

    [Fact]
    public async Task WeeklySummary_ReachesCityOnce_WithEveryKecamatan()
    {
        var mayor = await _core.AddStaffAsync(StaffRole.WaliKota, "Kota Pontianak");
        await SubmitAsync();

        var first = await Notices.SendWeeklySummaryAsync();
        await Notices.SendWeeklySummaryAsync();

        Assert.Equal(1, first);
        await using var db = _core.CreateDbContext();
        var notice = await db.InAppNotifications.SingleAsync(n => n.UserId == mayor.Id);
        Assert.Contains("Kecamatan Pontianak Timur: 1 diajukan, 0 selesai, 1 masih terbuka.", notice.Body);
        Assert.Equal(6, notice.Body.Split('\n').Length);
    }

    [Fact]
    public async Task UncollectedReminder_SentOnce_AfterThreeWorkingDays()
    {
        var code = await SubmitAsync();
        await ReadyAsync(code);

        // Ready on Wednesday 2 December: Thursday, Friday and Monday are the three working days.
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 4, 10, 0));
        var early = await Notices.SendUncollectedRemindersAsync();
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 7, 10, 0));
        var due = await Notices.SendUncollectedRemindersAsync();
        var again = await Notices.SendUncollectedRemindersAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Equal(0, again);
        await using var db = _core.CreateDbContext();
        var reminders = await db.Outbox.Where(m => m.Kind == "request.uncollected").ToListAsync();
        var reminder = Assert.Single(reminders);
        Assert.Equal(code, reminder.TrackingCode);
        Assert.Contains("belum diambil", reminder.Subject);
    }

    private async Task<string> SubmitAsync() =>
        (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;

    /// <summary>Takes a request through checking and the lurah's approval, so it waits for collection.</summary>
    private async Task ReadyAsync(string code)
    {
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        var lurah = _core.Actor(StaffRole.Lurah, "Saigon");
        foreach (var (actor, action) in new[]
        {
            (officer, RequestAction.Claim),
            (officer, RequestAction.Verify),
            (officer, RequestAction.SendForApproval),
            (lurah, RequestAction.Approve),
        })
        {
            var result = await _core.Requests.ActAsync(actor, code, action, null, null);
            Assert.True(result.Succeeded, result.Message);
        }

        await using var db = _core.CreateDbContext();
        Assert.Equal(RequestStatus.Ready, (await db.Requests.SingleAsync(r => r.TrackingCode == code)).Status);
    }
}
