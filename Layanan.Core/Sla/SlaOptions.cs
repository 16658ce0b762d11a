using System.ComponentModel.DataAnnotations;

namespace Layanan.Core.Sla;

/// <summary>
/// The reminder points of service-level targets under <c>Layanan:Sla</c> in appsettings.json (environment
/// variables <c>Layanan__Sla__FirstReminderPercent</c> and <c>Layanan__Sla__SecondReminderPercent</c>). Each is
/// the share of a target's office time, in percent, after which the sweep reminds staff: first the assigned
/// officer (or the office's officers), then the head of the office. From the second point on, the board
/// shows the request as "Mendekati Tenggat". Defaults: 50 and 80.
/// </summary>
public sealed class SlaOptions : IValidatableObject
{
    public const string SectionName = "Layanan:Sla";

    [Range(1, 99, ErrorMessage = "Layanan:Sla:FirstReminderPercent must be between 1 and 99, e.g. 50.")]
    public int FirstReminderPercent { get; set; } = 50;

    [Range(1, 99, ErrorMessage = "Layanan:Sla:SecondReminderPercent must be between 1 and 99, e.g. 80.")]
    public int SecondReminderPercent { get; set; } = 80;

    /// <summary>Returns an error when the second reminder does not come after the first.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SecondReminderPercent <= FirstReminderPercent)
        {
            yield return new ValidationResult(
                $"{SectionName}:SecondReminderPercent ({SecondReminderPercent}) must be greater than FirstReminderPercent "
                + $"({FirstReminderPercent}), e.g. 50 and 80.",
                [nameof(FirstReminderPercent), nameof(SecondReminderPercent)]);
        }
    }
}
