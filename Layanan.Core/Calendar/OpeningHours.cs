using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Layanan.Core.Calendar;

/// <summary>
/// The office window of one day in WIB, from <see cref="Opens"/> (inclusive) to <see cref="Closes"/>
/// (exclusive). The window ends on the day it starts, so <see cref="Opens"/> is before <see cref="Closes"/>.
/// </summary>
public readonly record struct OpeningHours
{
    private const string TimeFormat = "HH:mm";

    public OpeningHours(TimeOnly opens, TimeOnly closes)
    {
        if (opens >= closes)
        {
            throw new ArgumentException($"The opening time {opens:HH:mm} must be before the closing time {closes:HH:mm}.", nameof(opens));
        }

        Opens = opens;
        Closes = closes;
    }

    public TimeOnly Opens { get; }

    public TimeOnly Closes { get; }

    /// <summary>The length of the window.</summary>
    public TimeSpan Duration => Closes - Opens;

    /// <summary>
    /// Parses the configuration form <c>HH:mm-HH:mm</c> in 24-hour time, e.g. <c>07:30-16:00</c>.
    /// Returns false when the text has another form or the window does not open before it closes.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out OpeningHours? hours)
    {
        hours = null;
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is not [var opensText, var closesText]
            || !TimeOnly.TryParseExact(opensText, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens)
            || !TimeOnly.TryParseExact(closesText, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes)
            || opens >= closes)
        {
            return false;
        }

        hours = new OpeningHours(opens, closes);
        return true;
    }

    /// <summary>Formats as the configuration form, e.g. <c>07:30-16:00</c>.</summary>
    public override string ToString() =>
        Opens.ToString(TimeFormat, CultureInfo.InvariantCulture) + "-" + Closes.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
