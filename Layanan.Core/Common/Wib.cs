using System.Globalization;

namespace Layanan.Core.Common;

/// <summary>
/// Western Indonesia Time as used in Pontianak (IANA zone <c>Asia/Pontianak</c>, UTC+7, no daylight
/// saving). Instants are stored in UTC; this class applies WIB at the edges: display and "today".
/// </summary>
public static class Wib
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Pontianak");

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("id-ID");

    public static DateTimeOffset ToWib(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The WIB calendar day that contains <paramref name="instant"/>.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(ToWib(instant).DateTime);

    /// <summary>The UTC instant at which the WIB day <paramref name="day"/> starts.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Formats as <c>15/01/2025 06.30 WIB</c>.</summary>
    public static string FormatDateTime(DateTimeOffset instant) =>
        ToWib(instant).ToString("dd/MM/yyyy HH.mm", CultureInfo.InvariantCulture) + " WIB";

    /// <summary>Formats as <c>Kamis, 10 April 2025</c>.</summary>
    public static string FormatLongDate(DateTimeOffset instant) =>
        ToWib(instant).ToString("dddd, d MMMM yyyy", Culture);

    /// <summary>
    /// Formats a deadline: <c>Kamis, 10 April 2025</c> for one that ends the day (a target in working days),
    /// and <c>Kamis, 10 April 2025 pukul 14.30 WIB</c> for one inside the day (a target in office minutes).
    /// </summary>
    public static string FormatDeadline(DateTimeOffset instant)
    {
        var local = ToWib(instant);
        var date = FormatLongDate(instant);
        return local.Hour == 23 && local.Minute == 59
            ? date
            : $"{date} pukul {local.ToString("HH.mm", CultureInfo.InvariantCulture)} WIB";
    }

    /// <summary>Formats an age such as "3 hari", "2 jam" or "5 menit".</summary>
    public static string FormatAge(TimeSpan age)
    {
        if (age.TotalMinutes < 1)
        {
            return "baru saja";
        }

        if (age.TotalHours < 1)
        {
            return $"{(int)age.TotalMinutes} menit";
        }

        return age.TotalDays < 1 ? $"{(int)age.TotalHours} jam" : $"{(int)age.TotalDays} hari";
    }
}
