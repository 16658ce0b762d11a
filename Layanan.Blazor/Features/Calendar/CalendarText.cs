using System.Globalization;
using Layanan.Core.Calendar;
using Layanan.Core.Common;

namespace Layanan.Blazor.Features.Calendar;

/// <summary>Indonesian wording of the working calendar: holiday kinds, weekdays and office hours.</summary>
public static class CalendarText
{
    /// <summary>The days of the week in the order Indonesian offices list them, Monday first.</summary>
    public static readonly IReadOnlyList<DayOfWeek> WeekFromMonday =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static string Kind(HolidayKind kind) => kind switch
    {
        HolidayKind.LiburNasional => "Hari Libur Nasional",
        HolidayKind.CutiBersama => "Cuti Bersama",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The weekday's name in Indonesian, e.g. <c>Senin</c>.</summary>
    public static string DayName(DayOfWeek day) => Wib.Culture.DateTimeFormat.GetDayName(day);

    /// <summary>Formats a calendar day as <c>Kamis, 10 April 2025</c>.</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd, d MMMM yyyy", Wib.Culture);

    /// <summary>Formats a day's office hours as <c>07.30–16.00 WIB</c>, or <c>Tutup</c> when the office is closed.</summary>
    public static string Hours(OpeningHours? hours) => hours is { } open
        ? $"{Time(open.Opens)}–{Time(open.Closes)} WIB"
        : "Tutup";

    private static string Time(TimeOnly time) => time.ToString("HH.mm", CultureInfo.InvariantCulture);
}
