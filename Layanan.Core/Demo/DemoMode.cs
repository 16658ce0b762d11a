using Microsoft.Extensions.Options;

namespace Layanan.Core.Demo;

/// <summary>Whether demo mode is on: as configured, or by default only in the Development environment.</summary>
public sealed class DemoMode(IOptions<DemoOptions> options, bool isDevelopment)
{
    public bool IsEnabled => options.Value.Enabled ?? isDevelopment;

    public string Password => options.Value.Password;

    public bool SimulatorEnabled => IsEnabled && options.Value.SimulatorEnabled && options.Value.SubmissionsPerMinute > 0;

    public double SubmissionsPerMinute => options.Value.SubmissionsPerMinute;
}
