using System.Collections.Frozen;
using System.ComponentModel.DataAnnotations;
using Layanan.Core.Common;
using Layanan.Core.Sla;

namespace Layanan.Core.Calendar;

/// <summary>
/// Working days and office hours in WIB, for counting service-level targets. A working day is a weekday
/// with hours in <see cref="OfficeHoursOptions"/> (Monday to Friday by default) that is not a holiday
/// (libur nasional or cuti bersama). It also carries the reminder points of <see cref="SlaOptions"/>, the
/// other configured rule that deadlines and reminders are derived from. The calendar is immutable, so when the
/// admin adds or removes a holiday, build a new one and recompute the deadlines of open requests.
/// </summary>
/// <remarks>
/// Instants passed in may have any offset, and instants returned are in UTC. Days are WIB calendar days.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly FrozenSet<DateOnly> holidays;

    // Indexed by (int)DayOfWeek. An entry is null on a weekday on which the office is closed.
    private readonly OpeningHours?[] hoursByWeekday;

    /// <summary>
    /// Builds a calendar from the holiday dates, a snapshot of the office hours and the reminder points
    /// (50% and 80% when <paramref name="sla"/> is null).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="officeHours"/> is invalid or closes the office every day, or <paramref name="sla"/> is invalid.
    /// </exception>
    public WorkingCalendar(IEnumerable<DateOnly> holidays, OfficeHoursOptions officeHours, SlaOptions? sla = null)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(officeHours);
        sla ??= new SlaOptions();
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(sla, new ValidationContext(sla), errors, validateAllProperties: true))
        {
            throw new ArgumentException(string.Join(" ", errors.Select(error => error.ErrorMessage)), nameof(sla));
        }

        FirstReminderPercent = sla.FirstReminderPercent;
        SecondReminderPercent = sla.SecondReminderPercent;

        hoursByWeekday = new OpeningHours?[7];
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            try
            {
                hoursByWeekday[(int)day] = officeHours.GetHours(day);
            }
            catch (FormatException exception)
            {
                throw new ArgumentException(exception.Message, nameof(officeHours), exception);
            }
        }

        // Without an open weekday every search for the next working day would loop forever.
        if (Array.TrueForAll(hoursByWeekday, hours => hours is null))
        {
            throw new ArgumentException("The office hours close the office on every day of the week.", nameof(officeHours));
        }

        this.holidays = holidays.ToFrozenSet();
    }

    /// <summary>The share of a target, in percent, after which the first reminder goes out.</summary>
    public int FirstReminderPercent { get; }

    /// <summary>The share of a target, in percent, after which the head is reminded and the request is "Mendekati Tenggat".</summary>
    public int SecondReminderPercent { get; }

    /// <summary>
    /// Describes the configured rules that stored deadlines depend on, apart from the holidays: the office
    /// hours of each weekday and the reminder points. When it differs from the one stored with the data, the
    /// configuration changed, and the deadlines of open requests must be recomputed.
    /// </summary>
    public string RulesFingerprint => string.Join(';',
        Enum.GetValues<DayOfWeek>().Select(day => $"{day}={hoursByWeekday[(int)day]?.ToString() ?? "closed"}")
            .Append($"reminders={FirstReminderPercent}/{SecondReminderPercent}"));

    /// <summary>The holiday dates the calendar was built from.</summary>
    public IReadOnlySet<DateOnly> Holidays => holidays;

    /// <summary>Whether <paramref name="day"/> has office hours and is not a holiday.</summary>
    public bool IsWorkingDay(DateOnly day) => hoursByWeekday[(int)day.DayOfWeek] is not null && !holidays.Contains(day);

    /// <summary>Returns the office window of <paramref name="day"/>, or null when it is not a working day.</summary>
    public OpeningHours? GetOfficeHours(DateOnly day) => IsWorkingDay(day) ? hoursByWeekday[(int)day.DayOfWeek] : null;

    /// <summary>
    /// Returns the <paramref name="count"/>th working day after <paramref name="start"/>, which is not counted
    /// itself even when it is a working day. A count of 0 returns <paramref name="start"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var day = start;
        var counted = 0;
        while (counted < count)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// Computes an H+N deadline: the end (23:59:59 WIB) of the <paramref name="workingDays"/>th working day
    /// after the WIB day on which the clock started. The start day is never counted, so a request received on
    /// a weekend or holiday gets the first working day after that day as H+1, the same as one received on
    /// the last working day before it. H+0 is the end of the start day, or of the next working day when the
    /// start day is not a working day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    public DateTimeOffset DueAfterWorkingDays(DateTimeOffset clockStart, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        var startDay = Wib.Today(clockStart);
        var dueDay = workingDays == 0 && !IsWorkingDay(startDay)
            ? AddWorkingDays(startDay, 1)
            : AddWorkingDays(startDay, workingDays);

        return Wib.StartOfDay(dueDay.AddDays(1)).AddSeconds(-1);
    }

    /// <summary>
    /// Computes a deadline in office minutes: the instant at which <paramref name="minutes"/> minutes inside
    /// office hours on working days have passed since <paramref name="clockStart"/>. A clock started before
    /// opening counts from that day's opening, and one started after closing or on a day off counts from the
    /// next opening. A target that uses up the rest of a window is due at that window's closing time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is negative.</exception>
    public DateTimeOffset DueAfterOfficeMinutes(DateTimeOffset clockStart, int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);

        var remaining = TimeSpan.FromMinutes(minutes);
        var cursor = NextOpening(clockStart);

        while (true)
        {
            // NextOpening always returns an instant inside a window, so this day has office hours.
            var closes = WindowOf(Wib.Today(cursor))!.Value.Closes;
            var left = closes - cursor;
            if (remaining <= left)
            {
                return cursor + remaining;
            }

            remaining -= left;
            cursor = NextOpening(closes);
        }
    }

    /// <summary>
    /// Returns the office time between two instants: the part of [<paramref name="from"/>,
    /// <paramref name="to"/>) inside office hours on working days. Returns zero when <paramref name="to"/>
    /// is not after <paramref name="from"/>.
    /// </summary>
    public TimeSpan OfficeTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var lastDay = Wib.Today(to);
        for (var day = Wib.Today(from); day <= lastDay; day = day.AddDays(1))
        {
            if (WindowOf(day) is not { } window)
            {
                continue;
            }

            var start = window.Opens > from ? window.Opens : from;
            var end = window.Closes < to ? window.Closes : to;
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }

    /// <summary>
    /// Returns <paramref name="instant"/> itself (in UTC) when it is inside office hours on a working day,
    /// and otherwise the next opening time.
    /// </summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        // Terminates because the constructor ensures an open weekday and the holiday set is finite.
        for (var day = Wib.Today(instant); ; day = day.AddDays(1))
        {
            if (WindowOf(day) is not { } window)
            {
                continue;
            }

            if (instant < window.Opens)
            {
                return window.Opens;
            }

            if (instant < window.Closes)
            {
                return instant.ToUniversalTime();
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="instant"/> falls inside office hours on a working day. Opening time is inside
    /// and closing time is outside.
    /// </summary>
    public bool IsWithinOfficeHours(DateTimeOffset instant) =>
        WindowOf(Wib.Today(instant)) is { } window && instant >= window.Opens && instant < window.Closes;

    private (DateTimeOffset Opens, DateTimeOffset Closes)? WindowOf(DateOnly day)
    {
        if (GetOfficeHours(day) is not { } hours)
        {
            return null;
        }

        var startOfDay = Wib.StartOfDay(day);
        return (startOfDay + hours.Opens.ToTimeSpan(), startOfDay + hours.Closes.ToTimeSpan());
    }
}
