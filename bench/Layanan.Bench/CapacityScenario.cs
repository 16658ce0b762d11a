namespace Layanan.Bench;

/// <summary>
/// <c>capacity</c>: holds idle board circuits in steps and reads the server's resident memory (before and
/// after a forced full GC) and its CPU while nothing but the boards' own timers runs.
/// </summary>
public static class CapacityScenario
{
    private const long MiB = 1024 * 1024;

    public static async Task RunAsync(BenchOptions options, string appDirectory, Report report, CancellationToken cancellationToken)
    {
        await using var run = await BenchRun.StartAsync(options, appDirectory, hostingLog: false, commandLog: false, cancellationToken);
        var pid = run.Server.ProcessId;

        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var baselineGc = await ForcedGc.TryCollectAsync(pid, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var baseline = run.Server.ReadRssBytes();
        report.Add("capacity_baseline_rss_mib", baseline / (double)MiB, "Capacity: server RSS with no board open (MiB)");
        report.Add("capacity_forced_gc", baselineGc ? "true" : "false", "Capacity: memory read after a forced full GC");

        await using var pool = new CircuitPool(run.Server.BaseUri, run.Officers);
        foreach (var target in options.Circuits)
        {
            Progress.Write($"capacity: opening circuits up to {target}");
            var openSeconds = await pool.GrowToAsync(target, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);

            Progress.Write($"capacity: {pool.Circuits.Count} circuits idle; measuring CPU for {options.IdleSeconds} s");
            var cpuBefore = CpuSnapshot.Take(pid);
            await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds), cancellationToken);
            var cpu = cpuBefore.UntilNow();
            var rssBeforeGc = run.Server.ReadRssBytes();
            var collected = await ForcedGc.TryCollectAsync(pid, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            var rss = run.Server.ReadRssBytes();
            var open = pool.Circuits.Count(c => c.IsHealthy);
            var perCircuitKib = (rss - baseline) / 1024.0 / Math.Max(1, open);

            var prefix = $"capacity_c{target}";
            var label = $"Capacity, {target} idle circuits";
            report.Add(prefix + "_open", open, $"{label}: circuits open and healthy");
            report.Add(prefix + "_open_seconds", openSeconds, $"{label}: seconds to open the step");
            report.Add(prefix + "_rss_before_gc_mib", rssBeforeGc / (double)MiB, $"{label}: server RSS before forced GC (MiB)");
            report.Add(prefix + "_rss_mib", rss / (double)MiB, $"{label}: server RSS{(collected ? " after forced GC" : "")} (MiB)");
            report.Add(prefix + "_kib_per_circuit", perCircuitKib, $"{label}: RSS above baseline per circuit (KiB)");
            cpu.AddTo(report, prefix + "_idle_", label);
            report.Add(prefix + "_harness_rss_mib", Environment.WorkingSet / (double)MiB, $"{label}: harness RSS (MiB)");
            if (pool.Failures > 0)
            {
                report.Add(prefix + "_failed", pool.Failures, $"{label}: circuits that failed to open");
            }

            if (target == options.Circuits[^1])
            {
                report.Add("circuits", open, "Capacity: idle circuits held (largest step)");
                report.Add("server_rss_mib", rss / (double)MiB, "Capacity: server RSS at the largest step (MiB)");
                report.Add("kib_per_circuit", perCircuitKib, "Capacity: server RSS per circuit above baseline (KiB)");
                report.Add("idle_cpu_percent", cpu.ServerPercent, "Capacity: idle server CPU at the largest step (% of one core)");
                if (target >= 2000)
                {
                    // The target: 2,000 idle circuits in less than 2 GiB of server memory.
                    report.Target($"Capacity, {target} idle circuits, server RSS", rss / (double)MiB, 2048, atMost: true, "MiB");
                }
            }
        }

        Progress.Write("capacity: closing circuits");
        await pool.CloseAllAsync();
        report.Add("capacity_server_error_lines", run.Server.ErrorLines, "Capacity run: server log lines at fail/crit level");
    }
}
