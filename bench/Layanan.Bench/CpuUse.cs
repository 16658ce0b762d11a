namespace Layanan.Bench;

/// <summary>
/// CPU used over a window, each as a percentage of one core: the server, the harness itself, and every
/// other process of the machine (other people's builds on a shared machine, or the browser during the
/// calibration), so a figure can be read against what else was running.
/// </summary>
public sealed record CpuUse(double ServerPercent, double HarnessPercent, double OtherPercent)
{
    public void AddTo(Report report, string prefix, string label)
    {
        report.Add(prefix + "server_cpu_percent", ServerPercent, $"{label}: server CPU (% of one core)");
        report.Add(prefix + "harness_cpu_percent", HarnessPercent, $"{label}: harness CPU (% of one core)");
        report.Add(prefix + "other_cpu_percent", OtherPercent, $"{label}: other processes' CPU (% of one core)");
    }
}

/// <summary>A reading of the CPU counters that <see cref="CpuUse"/> is computed from.</summary>
public sealed record CpuSnapshot(int ServerProcessId, double ServerSeconds, double HarnessSeconds, double MachineSeconds, double WallMs)
{
    public static CpuSnapshot Take(int serverProcessId) => new(
        serverProcessId,
        ProcessMeter.ReadCpuSeconds(serverProcessId),
        ProcessMeter.ReadCpuSeconds(Environment.ProcessId),
        ProcessMeter.ReadMachineBusySeconds(),
        BenchClock.NowMs);

    public CpuUse Until(CpuSnapshot after)
    {
        var seconds = (after.WallMs - WallMs) / 1000;
        var server = (after.ServerSeconds - ServerSeconds) / seconds * 100;
        var harness = (after.HarnessSeconds - HarnessSeconds) / seconds * 100;
        var machine = (after.MachineSeconds - MachineSeconds) / seconds * 100;
        return new CpuUse(server, harness, Math.Max(0, machine - server - harness));
    }

    public CpuUse UntilNow() => Until(Take(ServerProcessId));
}
