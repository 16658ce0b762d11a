using System.ComponentModel.DataAnnotations;

namespace Layanan.Core.Calendar;

/// <summary>
/// Office hours in WIB under <c>Layanan:OfficeHours</c> in appsettings.json (environment variables:
/// <c>Layanan__OfficeHours__Friday</c> and so on). Each weekday takes one window written <c>HH:mm-HH:mm</c>
/// in 24-hour time, e.g. <c>"07:30-16:00"</c>. An empty value means the office is closed that day.
/// A weekday with hours is a working day unless it is a holiday. The defaults follow Keputusan Presiden
/// No. 68 Tahun 1995: Monday to Thursday 07:30-16:00, Friday 07:30-16:30, Saturday and Sunday closed.
/// </summary>
/// <remarks>
/// NOTE: A window includes the midday break. The shorter Ramadan hours are not modelled, so during
/// Ramadan a minute target also counts time after the office has closed.
/// </remarks>
public sealed class OfficeHoursOptions : IValidatableObject
{
    public const string SectionName = "Layanan:OfficeHours";

    public string? Monday { get; set; } = "07:30-16:00";

    public string? Tuesday { get; set; } = "07:30-16:00";

    public string? Wednesday { get; set; } = "07:30-16:00";

    public string? Thursday { get; set; } = "07:30-16:00";

    /// <summary>Friday closes later because its midday break (11:30-13:00, for Friday prayers) is longer.</summary>
    public string? Friday { get; set; } = "07:30-16:30";

    public string? Saturday { get; set; } = "";

    public string? Sunday { get; set; } = "";

    /// <summary>Returns the window configured for <paramref name="day"/>, or null when the office is closed that day.</summary>
    /// <exception cref="FormatException">The value for that day is neither empty nor a valid <c>HH:mm-HH:mm</c> window.</exception>
    public OpeningHours? GetHours(DayOfWeek day)
    {
        var text = GetText(day);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return OpeningHours.TryParse(text, out var hours)
            ? hours
            : throw new FormatException(InvalidMessage(day, text));
    }

    /// <summary>
    /// Validates the windows: returns one error for each day whose value is invalid, and one when every day is closed.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var openDays = 0;

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var text = GetText(day);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (OpeningHours.TryParse(text, out _))
            {
                openDays++;
            }
            else
            {
                yield return new ValidationResult(InvalidMessage(day, text), [day.ToString()]);
            }
        }

        if (openDays == 0)
        {
            yield return new ValidationResult(
                $"{SectionName} closes the office on every day of the week. Set the hours of at least one day, e.g. \"07:30-16:00\".");
        }
    }

    private string? GetText(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        DayOfWeek.Sunday => Sunday,
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "The day of the week is not defined."),
    };

    private static string InvalidMessage(DayOfWeek day, string text) =>
        $"{SectionName}:{day} has the invalid value '{text}'. Expected HH:mm-HH:mm in 24-hour time with the "
        + "opening before the closing time, e.g. \"07:30-16:00\", or an empty value for a closed day.";
}
