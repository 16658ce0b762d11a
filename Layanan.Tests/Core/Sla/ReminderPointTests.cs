using Layanan.Core.Calendar;
using Layanan.Core.Identity;
using Layanan.Core.Requests;
using Layanan.Core.Sla;
using Layanan.Tests.TestSupport;
using Layanan.Tests.TestSupport.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.Core.Sla;

/// <summary>
/// Reminder points from configuration, on requests submitted Wednesday 2 December 2026, 09:00 WIB. The
/// verify clock is due at the end of Thursday, so it has 930 office minutes: 420 on Wednesday, 510 on Thursday.
/// </summary>
public sealed class ReminderPointTests
{
    private static void QuarterAndSixtyPercent(SlaOptions sla)
    {
        sla.FirstReminderPercent = 25;
        sla.SecondReminderPercent = 60;
    }

    [Fact]
    public async Task Sweep_RemindsAtConfiguredFirstPoint()
    {
        await using var core = await CoreHarness.StartAsync(QuarterAndSixtyPercent);
        await core.AddStaffAsync(StaffRole.PetugasKelurahan, "Saigon");
        await SubmitAsync(core);
        var sweep = core.Services.GetRequiredService<SlaSweep>();

        // 25% of 930 minutes is 233 minutes (rounded up), so Wednesday 12:53.
        core.Time.SetUtcNow(WibTime.At(2026, 12, 2, 12, 50));
        var early = await sweep.RunAsync();
        core.Time.SetUtcNow(WibTime.At(2026, 12, 2, 13, 0));
        var due = await sweep.RunAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        await using var db = core.CreateDbContext();
        var notice = await db.InAppNotifications.SingleAsync();
        Assert.Contains("25% waktu pemeriksaan berkas sudah terpakai", notice.Body);
    }

    [Fact]
    public async Task Card_DueSoonFromConfiguredSecondPoint()
    {
        await using var core = await CoreHarness.StartAsync(QuarterAndSixtyPercent);
        await SubmitAsync(core);

        // 60% of 930 minutes is 558 minutes: 420 on Wednesday and 138 from Thursday 07:30.
        Assert.Equal(WibTime.At(2026, 12, 3, 9, 48), await DueSoonAtAsync(core));
    }

    [Fact]
    public async Task Restart_RecomputesDeadlines_WhenPointsChange()
    {
        await using var core = await CoreHarness.StartAsync();
        await SubmitAsync(core);
        var before = await DueSoonAtAsync(core);

        await using var restarted = await core.RestartAsync(sla => sla.SecondReminderPercent = 60);
        var after = await DueSoonAtAsync(restarted);
        var again = await restarted.Services.GetRequiredService<CalendarService>().LoadAndApplyRulesAsync();

        Assert.Equal(WibTime.At(2026, 12, 3, 12, 54), before);
        Assert.Equal(WibTime.At(2026, 12, 3, 9, 48), after);
        Assert.Equal(0, again);
    }

    [Fact]
    public async Task Restart_KeepsDeadlines_WhenPointsSame()
    {
        await using var core = await CoreHarness.StartAsync();
        await SubmitAsync(core);

        await using var restarted = await core.RestartAsync();
        var recomputed = await restarted.Services.GetRequiredService<CalendarService>().LoadAndApplyRulesAsync();

        Assert.Equal(0, recomputed);
        Assert.Equal(WibTime.At(2026, 12, 3, 12, 54), await DueSoonAtAsync(restarted));
    }

    [Theory]
    [InlineData(80, 50)]
    [InlineData(50, 50)]
    public void Validate_RejectsSecondPoint_NotAfterFirst(int first, int second)
    {
        var options = new SlaOptions { FirstReminderPercent = first, SecondReminderPercent = second };

        var error = Assert.Single(OptionsValidation.ValidateAll(options));

        Assert.Contains("must be greater than FirstReminderPercent", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 80)]
    [InlineData(50, 100)]
    public void Validate_RejectsPoint_OutsideOneToNinetyNine(int first, int second)
    {
        var options = new SlaOptions { FirstReminderPercent = first, SecondReminderPercent = second };

        var error = Assert.Single(OptionsValidation.ValidateAll(options));

        Assert.Contains("between 1 and 99", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_Throws_WhenPointsInvalid()
    {
        var options = new SlaOptions { FirstReminderPercent = 80, SecondReminderPercent = 50 };

        var exception = Assert.Throws<ArgumentException>(() => new WorkingCalendar([], new OfficeHoursOptions(), options));

        Assert.Equal("sla", exception.ParamName);
    }

    private static async Task SubmitAsync(CoreHarness core)
    {
        var result = await core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null);
        Assert.True(result.Succeeded, result.Message);
    }

    private static async Task<DateTimeOffset?> DueSoonAtAsync(CoreHarness core)
    {
        await using var db = core.CreateDbContext();
        var request = await db.Requests.AsNoTracking().SingleAsync();
        return request.VerifyClock.DueSoonAt;
    }
}
