using Layanan.Core.Calendar;
using Layanan.Core.Identity;
using Layanan.Core.Requests;
using Layanan.Tests.TestSupport;
using Layanan.Tests.TestSupport.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.Core.Sla;

/// <summary>Deadlines of the two clocks on real requests, with a fake clock starting Wednesday 2 December 2026, 09:00 WIB.</summary>
public sealed class DeadlineTests : IAsyncLifetime
{
    /// <summary>23:59:59 WIB on the given December 2026 day, in UTC.</summary>
    private static DateTimeOffset EndOfDecemberDay(int day) => new DateTimeOffset(2026, 12, day, 23, 59, 59, TimeSpan.FromHours(7)).ToUniversalTime();

    private CoreHarness _core = default!;

    public async Task InitializeAsync() => _core = await CoreHarness.StartAsync();

    public async Task DisposeAsync() => await _core.DisposeAsync();

    [Fact]
    public async Task Submit_StartsVerifyClock_DueEndOfNextWorkingDay()
    {
        var code = await SubmitAsync();

        var status = await _core.Queries.GetPublicStatusAsync(code, null);

        Assert.Equal(EndOfDecemberDay(3), status!.VerifyDueAt);
        Assert.Null(status.CompletionDueAt);
        Assert.Equal(EndOfDecemberDay(4), status.ExpectedCompletionAt);
    }

    [Fact]
    public async Task Verify_StopsVerifyClock_AndStartsCompletionClock()
    {
        var code = await SubmitAsync();
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        await _core.Requests.ActAsync(officer, code, RequestAction.Claim, null, null);
        _core.Time.Advance(TimeSpan.FromDays(1));

        var card = (await _core.Requests.ActAsync(officer, code, RequestAction.Verify, null, null)).Value!;

        Assert.Equal(Layanan.Core.Sla.SlaClock.Completion, card.ActiveClock);
        Assert.Equal(EndOfDecemberDay(4), card.DueAt);
        await using var db = _core.CreateDbContext();
        var stored = await db.Requests.SingleAsync();
        Assert.NotNull(stored.VerifyClock.StoppedAt);
        Assert.Equal(_core.Time.GetUtcNow(), stored.CompletionClock.StartedAt);
    }

    [Fact]
    public async Task Return_PausesCompletionClock_AndResubmitExtendsItByPausedWorkingDays()
    {
        var code = await SubmitAsync();
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        await _core.Requests.ActAsync(officer, code, RequestAction.Claim, null, null);
        _core.Time.Advance(TimeSpan.FromDays(1));
        await _core.Requests.ActAsync(officer, code, RequestAction.Verify, null, null);
        _core.Time.Advance(TimeSpan.FromHours(1));

        var returned = (await _core.Requests.ActAsync(officer, code, RequestAction.Return, "Foto KTP tidak terbaca", null)).Value!;
        _core.Time.Advance(TimeSpan.FromDays(4));
        var resubmitted = (await _core.Requests.ResubmitAsync(code, "0007", "Foto KTP sudah diganti")).Value!;

        Assert.True(returned.IsClockPaused);
        Assert.Equal(EndOfDecemberDay(4), returned.DueAt);
        Assert.False(resubmitted.IsClockPaused);
        Assert.Equal(EndOfDecemberDay(8), resubmitted.DueAt);
    }

    [Fact]
    public async Task Return_BeforeVerification_RestartsVerifyClockOnResubmission()
    {
        var code = await SubmitAsync();
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        await _core.Requests.ActAsync(officer, code, RequestAction.Return, "Pengantar RT belum ada", null);
        _core.Time.Advance(TimeSpan.FromDays(5));

        var card = (await _core.Requests.ResubmitAsync(code, "0007", "Sudah dilampirkan")).Value!;

        Assert.Equal(Layanan.Core.Sla.SlaClock.Verify, card.ActiveClock);
        Assert.Equal(EndOfDecemberDay(8), card.DueAt);
    }

    [Fact]
    public async Task AddingHoliday_MovesOpenRequestsDeadline()
    {
        var code = await SubmitAsync();
        var calendar = _core.Services.GetRequiredService<CalendarService>();

        var added = await calendar.AddAsync(new DateOnly(2026, 12, 3), "Cuti bersama tambahan", HolidayKind.CutiBersama);

        Assert.True(added.Succeeded, added.Message);
        var status = await _core.Queries.GetPublicStatusAsync(code, null);
        Assert.Equal(EndOfDecemberDay(4), status!.VerifyDueAt);
    }

    [Fact]
    public async Task RemovingHoliday_MovesDeadlineBack()
    {
        var calendar = _core.Services.GetRequiredService<CalendarService>();
        var holiday = (await calendar.AddAsync(new DateOnly(2026, 12, 3), "Libur uji", HolidayKind.LiburNasional)).Value!;
        var code = await SubmitAsync();

        await calendar.RemoveAsync(holiday.Id);

        Assert.Equal(EndOfDecemberDay(3), (await _core.Queries.GetPublicStatusAsync(code, null))!.VerifyDueAt);
    }

    [Fact]
    public async Task AddHoliday_RejectsMissingName_InIndonesian()
    {
        var calendar = _core.Services.GetRequiredService<CalendarService>();

        var result = await calendar.AddAsync(new DateOnly(2027, 1, 1), " ", HolidayKind.LiburNasional);

        Assert.False(result.Succeeded);
        Assert.Contains("wajib diisi", result.Message);
    }

    [Fact]
    public async Task MissingNextYearWarning_AppearsFromOctober_UntilHolidaysAreEntered()
    {
        var calendar = _core.Services.GetRequiredService<CalendarService>();

        var warning = await calendar.GetMissingHolidaysWarningAsync();
        await calendar.AddAsync(new DateOnly(2027, 1, 1), "Tahun Baru Masehi", HolidayKind.LiburNasional);
        var afterEntering = await calendar.GetMissingHolidaysWarningAsync();

        Assert.Contains("tahun 2027 belum dimasukkan", warning);
        Assert.Null(afterEntering);
    }

    [Fact]
    public async Task CalendarCheck_Warns_UntilNextYearEntered()
    {
        var calendar = _core.Services.GetRequiredService<CalendarService>();

        var before = await calendar.CheckNextYearHolidaysAsync();
        await calendar.AddAsync(new DateOnly(2027, 1, 1), "Tahun Baru Masehi", HolidayKind.LiburNasional);
        var after = await calendar.CheckNextYearHolidaysAsync();

        Assert.True(before);
        Assert.False(after);
    }

    [Fact]
    public async Task MissingNextYearWarning_IsSilent_BeforeOctober()
    {
        await using var september = await CoreHarness.StartAsync(new DateTimeOffset(2026, 9, 30, 10, 0, 0, TimeSpan.Zero));
        var calendar = september.Services.GetRequiredService<CalendarService>();

        Assert.Null(await calendar.GetMissingHolidaysWarningAsync());
    }

    [Fact]
    public async Task SeededCalendar_HasReferenceHolidays()
    {
        var calendar = _core.Services.GetRequiredService<CalendarService>();

        var holidays2026 = await calendar.ListAsync(2026);

        Assert.Equal(24, holidays2026.Count);
        Assert.False(calendar.Current.IsWorkingDay(new DateOnly(2026, 12, 25)));
    }

    private async Task<string> SubmitAsync() =>
        (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
}
