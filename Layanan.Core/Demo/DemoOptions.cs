using System.ComponentModel.DataAnnotations;

namespace Layanan.Core.Demo;

/// <summary>Settings under <c>Layanan:Demo</c>, for evaluating Layanan with living boards.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Layanan:Demo";

    /// <summary>Creates demo accounts and runs the simulator. Null means: on in Development only.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Password of every demo account.</summary>
    [Required]
    [MinLength(10)]
    public string Password { get; set; } = "Pontianak#2026";

    public bool SimulatorEnabled { get; set; } = true;

    /// <summary>
    /// Simulated submissions per minute across the city. The default of 6 is about twice an assumed
    /// real rate of 40 letters per kelurahan per working day (29 × 40 = 1,160 a day, 2 to 3 a minute
    /// in office hours), so boards move visibly. No published volume data was found; this is an estimate.
    /// </summary>
    [Range(0, 6000)]
    public double SubmissionsPerMinute { get; set; } = 6;
}
