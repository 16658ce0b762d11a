using Layanan.Core.Calendar;

namespace Layanan.Tests.Core.Calendar;

// Expected values are computed by hand from the weekday of each date and the rows of
// hari-libur-indonesia.csv. WIB is UTC+7, so 23:59:59 WIB is 16:59:59 UTC.
public class WorkingCalendarTests
{
    private static readonly TimeSpan WibOffset = TimeSpan.FromHours(7);

    private static readonly WorkingCalendar ReferenceCalendar =
        new(HolidayReferenceData.Load().Select(holiday => holiday.Date), new OfficeHoursOptions());

    private static readonly WorkingCalendar NoHolidays = new([], new OfficeHoursOptions());

    [Theory]
    [InlineData(2026, 3, 18)] // Wednesday, cuti bersama Nyepi
    [InlineData(2026, 3, 19)] // Thursday, Nyepi
    [InlineData(2026, 3, 20)] // Friday, cuti bersama Idul Fitri
    [InlineData(2026, 3, 21)] // Saturday, Idul Fitri
    [InlineData(2026, 3, 22)] // Sunday, Idul Fitri
    [InlineData(2026, 3, 23)] // Monday, cuti bersama Idul Fitri
    [InlineData(2026, 3, 24)] // Tuesday, cuti bersama Idul Fitri
    public void IsWorkingDay_ReturnsFalse_WhenLebaran2026(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        var isWorkingDay = ReferenceCalendar.IsWorkingDay(date);

        Assert.False(isWorkingDay);
    }

    [Theory]
    [InlineData(2026, 3, 17)] // Tuesday before the Nyepi and Lebaran days off
    [InlineData(2026, 3, 25)] // Wednesday after them
    public void IsWorkingDay_ReturnsTrue_WhenWeekdayAroundLebaran2026(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        var isWorkingDay = ReferenceCalendar.IsWorkingDay(date);

        Assert.True(isWorkingDay);
    }

    [Theory]
    [InlineData(2025, 1, 11)] // Saturday
    [InlineData(2025, 1, 12)] // Sunday
    public void IsWorkingDay_ReturnsFalse_WhenWeekend(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        var isWorkingDay = NoHolidays.IsWorkingDay(date);

        Assert.False(isWorkingDay);
    }

    [Fact]
    public void IsWorkingDay_ReturnsTrue_WhenSaturdayHasOfficeHours()
    {
        var calendar = new WorkingCalendar([], new OfficeHoursOptions { Saturday = "08:00-12:00" });

        var isWorkingDay = calendar.IsWorkingDay(new DateOnly(2025, 1, 11));

        Assert.True(isWorkingDay);
    }

    [Fact]
    public void AddWorkingDays_SkipsWeekend_WhenStartIsFriday()
    {
        var friday = new DateOnly(2025, 1, 10);

        var next = NoHolidays.AddWorkingDays(friday, 1);

        Assert.Equal(new DateOnly(2025, 1, 13), next);
    }

    [Fact]
    public void AddWorkingDays_ReturnsStart_WhenCountIsZero()
    {
        var saturday = new DateOnly(2025, 1, 11);

        var result = NoHolidays.AddWorkingDays(saturday, 0);

        Assert.Equal(saturday, result);
    }

    [Fact]
    public void AddWorkingDays_Throws_WhenCountIsNegative()
    {
        var friday = new DateOnly(2025, 1, 10);

        Action act = () => NoHolidays.AddWorkingDays(friday, -1);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void DueAfterWorkingDays_SkipsWeekend_WhenStartedOnThursday()
    {
        // Thursday 9 January 2025: H+1 Friday 10, H+2 Monday 13, H+3 Tuesday 14.
        var clockStart = AtWib(2025, 1, 9, 10, 0);

        var due = ReferenceCalendar.DueAfterWorkingDays(clockStart, 3);

        Assert.Equal(EndOfWibDay(2025, 1, 14), due);
    }

    [Fact]
    public void DueAfterWorkingDays_ReturnsUtcInstant_WhenInputIsWib()
    {
        var clockStart = AtWib(2025, 1, 9, 10, 0);

        var due = ReferenceCalendar.DueAfterWorkingDays(clockStart, 3);

        Assert.Equal(TimeSpan.Zero, due.Offset);
        Assert.Equal(new DateTime(2025, 1, 14, 16, 59, 59), due.DateTime);
    }

    [Fact]
    public void DueAfterWorkingDays_SkipsLebaran2025_WhenStartedBeforeCutiBersama()
    {
        // Days off from Friday 28 March 2025: 28 cuti Nyepi, 29 Nyepi, 30 Sunday, 31 and 1 April Idul Fitri,
        // 2-4 April cuti bersama, 5-6 weekend, 7 April cuti bersama. Tuesday 8 April is the next working day.
        var clockStart = AtWib(2025, 3, 27, 14, 0);

        var due = ReferenceCalendar.DueAfterWorkingDays(clockStart, 1);

        Assert.Equal(EndOfWibDay(2025, 4, 8), due);
    }

    [Fact]
    public void DueAfterWorkingDays_SkipsLebaran2026_WhenStartedBeforeCutiBersama()
    {
        // 18-24 March 2026 are all days off, so H+1 is Wednesday 25, H+2 Thursday 26, H+3 Friday 27.
        var clockStart = AtWib(2026, 3, 17, 9, 0);

        var due = ReferenceCalendar.DueAfterWorkingDays(clockStart, 3);

        Assert.Equal(EndOfWibDay(2026, 3, 27), due);
    }

    [Theory]
    [InlineData(1, 2)] // Friday 2 May
    [InlineData(2, 5)] // Monday 5 May
    public void DueAfterWorkingDays_CountsFromNextWorkingDay_WhenReceivedOnHoliday(int workingDays, int expectedMayDay)
    {
        // Thursday 1 May 2025 is Hari Buruh Internasional.
        var clockStart = AtWib(2025, 5, 1, 10, 0);

        var due = ReferenceCalendar.DueAfterWorkingDays(clockStart, workingDays);

        Assert.Equal(EndOfWibDay(2025, 5, expectedMayDay), due);
    }

    [Fact]
    public void DueAfterWorkingDays_ReturnsMonday_WhenReceivedOnSaturday()
    {
        var clockStart = AtWib(2025, 1, 11, 10, 0);

        var due = NoHolidays.DueAfterWorkingDays(clockStart, 1);

        Assert.Equal(EndOfWibDay(2025, 1, 13), due);
    }

    [Fact]
    public void DueAfterWorkingDays_UsesWibDay_WhenUtcDateIsEarlier()
    {
        // 17:30 UTC on Sunday 12 January is 00:30 WIB on Monday 13, so H+1 is Tuesday 14, not Monday 13.
        var clockStart = new DateTimeOffset(2025, 1, 12, 17, 30, 0, TimeSpan.Zero);

        var due = NoHolidays.DueAfterWorkingDays(clockStart, 1);

        Assert.Equal(EndOfWibDay(2025, 1, 14), due);
    }

    [Fact]
    public void DueAfterWorkingDays_ReturnsEndOfStartDay_WhenZeroOnWorkingDay()
    {
        var clockStart = AtWib(2025, 1, 9, 10, 0);

        var due = NoHolidays.DueAfterWorkingDays(clockStart, 0);

        Assert.Equal(EndOfWibDay(2025, 1, 9), due);
    }

    [Fact]
    public void DueAfterWorkingDays_ReturnsNextWorkingDay_WhenZeroOnWeekend()
    {
        var clockStart = AtWib(2025, 1, 11, 10, 0);

        var due = NoHolidays.DueAfterWorkingDays(clockStart, 0);

        Assert.Equal(EndOfWibDay(2025, 1, 13), due);
    }

    [Fact]
    public void DueAfterWorkingDays_MovesDeadline_WhenHolidayAdded()
    {
        // Wednesday 27 May 2026 is Idul Adha in the file, which leaves out Thursday 28 May although the
        // government may still add it. Adding it moves H+1 of a Tuesday request from Thursday 28 to Friday 29.
        var clockStart = AtWib(2026, 5, 26, 10, 0);
        var withAddedDay = new WorkingCalendar(
            ReferenceCalendar.Holidays.Append(new DateOnly(2026, 5, 28)),
            new OfficeHoursOptions());

        var before = ReferenceCalendar.DueAfterWorkingDays(clockStart, 1);
        var after = withAddedDay.DueAfterWorkingDays(clockStart, 1);

        Assert.Equal(EndOfWibDay(2026, 5, 28), before);
        Assert.Equal(EndOfWibDay(2026, 5, 29), after);
    }

    [Fact]
    public void DueAfterWorkingDays_Throws_WhenNegative()
    {
        var clockStart = AtWib(2025, 1, 9, 10, 0);

        Action act = () => NoHolidays.DueAfterWorkingDays(clockStart, -1);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void DueAfterOfficeMinutes_ContinuesMonday_WhenStartedFridayAfternoon()
    {
        // Friday closes at 16:30: 10 minutes on Friday, then 20 from 07:30 on Monday.
        var clockStart = AtWib(2025, 1, 10, 16, 20);

        var due = NoHolidays.DueAfterOfficeMinutes(clockStart, 30);

        Assert.Equal(AtWib(2025, 1, 13, 7, 50), due);
    }

    [Fact]
    public void DueAfterOfficeMinutes_ContinuesNextDay_WhenTargetPassesClosing()
    {
        // Thursday closes at 16:00: 20 minutes on Thursday, then 40 from 07:30 on Friday.
        var clockStart = AtWib(2025, 1, 9, 15, 40);

        var due = NoHolidays.DueAfterOfficeMinutes(clockStart, 60);

        Assert.Equal(AtWib(2025, 1, 10, 8, 10), due);
    }

    [Fact]
    public void DueAfterOfficeMinutes_CountsFromOpening_WhenStartedBeforeOpening()
    {
        var clockStart = AtWib(2025, 1, 14, 6, 0);

        var due = NoHolidays.DueAfterOfficeMinutes(clockStart, 45);

        Assert.Equal(AtWib(2025, 1, 14, 8, 15), due);
    }

    [Fact]
    public void DueAfterOfficeMinutes_CountsFromNextOpening_WhenStartedAfterClosing()
    {
        var clockStart = AtWib(2025, 1, 14, 18, 0);

        var due = NoHolidays.DueAfterOfficeMinutes(clockStart, 15);

        Assert.Equal(AtWib(2025, 1, 15, 7, 45), due);
    }

    [Fact]
    public void DueAfterOfficeMinutes_AddsMinutes_WhenTargetFitsInWindow()
    {
        var clockStart = AtWib(2025, 1, 14, 9, 10);

        var due = NoHolidays.DueAfterOfficeMinutes(clockStart, 20);

        Assert.Equal(AtWib(2025, 1, 14, 9, 30), due);
    }

    [Fact]
    public void DueAfterOfficeMinutes_ReturnsClosingTime_WhenTargetFillsRestOfWindow()
    {
        var clockStart = AtWib(2025, 1, 9, 15, 30);

        var due = NoHolidays.DueAfterOfficeMinutes(clockStart, 30);

        Assert.Equal(AtWib(2025, 1, 9, 16, 0), due);
    }

    [Fact]
    public void DueAfterOfficeMinutes_SpansDays_WhenTargetExceedsOneWindow()
    {
        // Monday 07:30-16:00 is 510 minutes, and the other 490 minutes (8 h 10 min) end Tuesday at 15:40.
        var clockStart = AtWib(2025, 1, 13, 7, 30);

        var due = NoHolidays.DueAfterOfficeMinutes(clockStart, 1000);

        Assert.Equal(AtWib(2025, 1, 14, 15, 40), due);
    }

    [Fact]
    public void DueAfterOfficeMinutes_SkipsHoliday_WhenNextDayIsHoliday()
    {
        // 10 minutes on Wednesday 30 April 2025, none on Thursday 1 May (Hari Buruh), 20 on Friday 2 May.
        var clockStart = AtWib(2025, 4, 30, 15, 50);

        var due = ReferenceCalendar.DueAfterOfficeMinutes(clockStart, 30);

        Assert.Equal(AtWib(2025, 5, 2, 7, 50), due);
    }

    [Fact]
    public void DueAfterOfficeMinutes_MovesDeadline_WhenHolidayAdded()
    {
        var clockStart = AtWib(2025, 1, 15, 15, 50);
        var withThursdayOff = new WorkingCalendar([new DateOnly(2025, 1, 16)], new OfficeHoursOptions());

        var before = NoHolidays.DueAfterOfficeMinutes(clockStart, 30);
        var after = withThursdayOff.DueAfterOfficeMinutes(clockStart, 30);

        Assert.Equal(AtWib(2025, 1, 16, 7, 50), before);
        Assert.Equal(AtWib(2025, 1, 17, 7, 50), after);
    }

    [Fact]
    public void DueAfterOfficeMinutes_ReturnsUtcInstant_WhenStartedInsideOfficeHours()
    {
        var clockStart = AtWib(2025, 1, 14, 9, 10);

        var due = NoHolidays.DueAfterOfficeMinutes(clockStart, 20);

        Assert.Equal(TimeSpan.Zero, due.Offset);
        Assert.Equal(new DateTime(2025, 1, 14, 2, 30, 0), due.DateTime);
    }

    [Fact]
    public void DueAfterOfficeMinutes_Throws_WhenNegative()
    {
        var clockStart = AtWib(2025, 1, 14, 9, 10);

        Action act = () => NoHolidays.DueAfterOfficeMinutes(clockStart, -5);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void OfficeTimeBetween_CountsOnlyOfficeHours_WhenRangeSpansWeekend()
    {
        // Thursday 15:00-16:00 (60) + Friday 07:30-16:30 (540) + Monday 07:30-08:00 (30) = 630 minutes.
        var from = AtWib(2025, 1, 9, 15, 0);
        var to = AtWib(2025, 1, 13, 8, 0);

        var elapsed = NoHolidays.OfficeTimeBetween(from, to);

        Assert.Equal(TimeSpan.FromMinutes(630), elapsed);
    }

    [Fact]
    public void OfficeTimeBetween_SkipsDaysOff_WhenRangeSpansLebaran2026()
    {
        // Tuesday 17 March 12:00-16:00 (240) + Wednesday 25 March 07:30-09:00 (90) = 330 minutes.
        var from = AtWib(2026, 3, 17, 12, 0);
        var to = AtWib(2026, 3, 25, 9, 0);

        var elapsed = ReferenceCalendar.OfficeTimeBetween(from, to);

        Assert.Equal(TimeSpan.FromMinutes(330), elapsed);
    }

    [Fact]
    public void OfficeTimeBetween_ReturnsZero_WhenRangeIsOvernight()
    {
        var from = AtWib(2025, 1, 14, 17, 0);
        var to = AtWib(2025, 1, 15, 7, 0);

        var elapsed = NoHolidays.OfficeTimeBetween(from, to);

        Assert.Equal(TimeSpan.Zero, elapsed);
    }

    [Fact]
    public void OfficeTimeBetween_ReturnsZero_WhenToIsBeforeFrom()
    {
        var from = AtWib(2025, 1, 14, 10, 0);
        var to = AtWib(2025, 1, 14, 9, 0);

        var elapsed = NoHolidays.OfficeTimeBetween(from, to);

        Assert.Equal(TimeSpan.Zero, elapsed);
    }

    [Theory]
    [InlineData(2025, 1, 10, 16, 20, 30)]
    [InlineData(2025, 1, 14, 6, 0, 45)]
    [InlineData(2025, 4, 30, 15, 50, 30)]
    [InlineData(2026, 3, 17, 15, 0, 600)]
    public void OfficeTimeBetween_MatchesTarget_WhenMeasuredToOfficeMinutesDeadline(
        int year, int month, int day, int hour, int minute, int targetMinutes)
    {
        var clockStart = AtWib(year, month, day, hour, minute);
        var due = ReferenceCalendar.DueAfterOfficeMinutes(clockStart, targetMinutes);

        var elapsed = ReferenceCalendar.OfficeTimeBetween(clockStart, due);

        Assert.Equal(TimeSpan.FromMinutes(targetMinutes), elapsed);
    }

    [Fact]
    public void NextOpening_ReturnsNextMorning_WhenEvening()
    {
        var tuesdayNight = AtWib(2025, 1, 14, 22, 0);

        var opening = NoHolidays.NextOpening(tuesdayNight);

        Assert.Equal(AtWib(2025, 1, 15, 7, 30), opening);
    }

    [Fact]
    public void NextOpening_ReturnsMonday_WhenFridayEvening()
    {
        var fridayEvening = AtWib(2025, 1, 10, 17, 0);

        var opening = NoHolidays.NextOpening(fridayEvening);

        Assert.Equal(AtWib(2025, 1, 13, 7, 30), opening);
    }

    [Fact]
    public void NextOpening_ReturnsSameDayOpening_WhenBeforeOpening()
    {
        var earlyMorning = AtWib(2025, 1, 14, 6, 0);

        var opening = NoHolidays.NextOpening(earlyMorning);

        Assert.Equal(AtWib(2025, 1, 14, 7, 30), opening);
    }

    [Fact]
    public void NextOpening_ReturnsNextDay_WhenAtClosingTime()
    {
        var thursdayClosing = AtWib(2025, 1, 9, 16, 0);

        var opening = NoHolidays.NextOpening(thursdayClosing);

        Assert.Equal(AtWib(2025, 1, 10, 7, 30), opening);
    }

    [Fact]
    public void NextOpening_ReturnsInstantInUtc_WhenInsideOfficeHours()
    {
        var fridayAfternoon = AtWib(2025, 1, 10, 16, 15);

        var opening = NoHolidays.NextOpening(fridayAfternoon);

        Assert.Equal(fridayAfternoon, opening);
        Assert.Equal(TimeSpan.Zero, opening.Offset);
    }

    [Fact]
    public void NextOpening_SkipsLebaran2026_WhenAfterLastWorkingDay()
    {
        var tuesdayEvening = AtWib(2026, 3, 17, 16, 30);

        var opening = ReferenceCalendar.NextOpening(tuesdayEvening);

        Assert.Equal(AtWib(2026, 3, 25, 7, 30), opening);
    }

    [Theory]
    [InlineData(2025, 1, 10, 16, 15, true)] // Friday, open until 16:30
    [InlineData(2025, 1, 9, 16, 15, false)] // Thursday, closed at 16:00
    [InlineData(2025, 1, 14, 7, 30, true)] // opening time
    [InlineData(2025, 1, 9, 16, 0, false)] // closing time
    [InlineData(2025, 1, 14, 7, 29, false)]
    [InlineData(2025, 1, 11, 10, 0, false)] // Saturday
    [InlineData(2025, 5, 1, 10, 0, false)] // Hari Buruh
    public void IsWithinOfficeHours_ReturnsExpected_WhenInstantIsGiven(
        int year, int month, int day, int hour, int minute, bool expected)
    {
        var instant = AtWib(year, month, day, hour, minute);

        var isWithin = ReferenceCalendar.IsWithinOfficeHours(instant);

        Assert.Equal(expected, isWithin);
    }

    [Fact]
    public void IsWithinOfficeHours_UsesWibTime_WhenInputIsUtc()
    {
        // 03:00 UTC is 10:00 WIB on Tuesday 14 January 2025.
        var instant = new DateTimeOffset(2025, 1, 14, 3, 0, 0, TimeSpan.Zero);

        var isWithin = NoHolidays.IsWithinOfficeHours(instant);

        Assert.True(isWithin);
    }

    [Fact]
    public void Constructor_Throws_WhenEveryDayIsClosed()
    {
        var closed = new OfficeHoursOptions
        {
            Monday = "",
            Tuesday = "",
            Wednesday = "",
            Thursday = "",
            Friday = "",
        };

        Action act = () => new WorkingCalendar([], closed);

        Assert.Throws<ArgumentException>(act);
    }

    [Fact]
    public void Constructor_Throws_WhenHoursAreInvalid()
    {
        var invalid = new OfficeHoursOptions { Monday = "16:00-07:30" };

        Action act = () => new WorkingCalendar([], invalid);

        Assert.Throws<ArgumentException>(act);
    }

    [Fact]
    public void Constructor_KeepsHours_WhenOptionsChangeLater()
    {
        var options = new OfficeHoursOptions();
        var calendar = new WorkingCalendar([], options);

        options.Saturday = "08:00-12:00";

        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 1, 11)));
    }

    private static DateTimeOffset AtWib(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, WibOffset);

    private static DateTimeOffset EndOfWibDay(int year, int month, int day) =>
        new(year, month, day, 23, 59, 59, WibOffset);
}
