namespace Layanan.Bench;

/// <summary>
/// <c>throughput</c>: with board circuits open, submits through the API at each offered rate (open loop)
/// and reports the rate achieved, client-side latency, and server-side latency from ASP.NET Core's own
/// request log; the boards keep rendering every change, so their cost is part of the figure.
/// </summary>
public static class ThroughputScenario
{
    private const string SubmitPath = "/api/v1/requests";

    /// <summary>A step counts as sustained when at least this share of its offered submissions succeeded on time.</summary>
    private const double SustainedShare = 0.95;

    public static async Task RunAsync(BenchOptions options, string appDirectory, Report report, CancellationToken cancellationToken)
    {
        report.Add("throughput_boards", options.ThroughputBoards, "Throughput: board circuits open");
        var best = (Rate: 0.0, Achieved: 0.0, ServerP99: double.NaN, ClientP99: double.NaN);
        foreach (var rate in options.ThroughputRates)
        {
            // Each step gets a fresh server, so that boards grown by an earlier step do not slow a later one.
            await using var run = await BenchRun.StartAsync(options, appDirectory, hostingLog: true, commandLog: false, cancellationToken);
            await using var pool = new CircuitPool(run.Server.BaseUri, run.Officers);
            Progress.Write($"throughput: opening {options.ThroughputBoards} board circuits");
            await pool.GrowToAsync(options.ThroughputBoards, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);

            var step = await MeasureStepAsync(run, pool, rate, options, report, cancellationToken);
            if (step.Sustained && step.Achieved > best.Achieved)
            {
                best = (rate, step.Achieved, step.Server.Percentile(99), step.Client.Percentile(99));
            }

            report.Add($"throughput_r{Report.NamePart(rate)}_circuits_dropped", pool.Circuits.Count(c => !c.IsHealthy), $"Throughput at {Report.NamePart(rate)}/s offered: board circuits dropped");
            report.Add($"throughput_r{Report.NamePart(rate)}_server_error_lines", run.Server.ErrorLines, $"Throughput at {Report.NamePart(rate)}/s offered: server log lines at fail/crit level");
            await pool.CloseAllAsync();
        }

        if (best.Rate == 0)
        {
            report.Note($"Throughput: no step sustained {SustainedShare:P0} of its offered rate; see each step's achieved rate.");
        }

        report.Add("submissions_per_s", best.Achieved, "Throughput: highest rate sustained (submissions/s)");
        report.Add("submissions_offered_per_s", best.Rate, "Throughput: offered rate of that step");
        report.Add("api_server_p99_ms", best.ServerP99, "Throughput: server p99 at that step (ms)");
        report.Add("api_client_p99_ms", best.ClientP99, "Throughput: client p99 at that step (ms)");

        // The target: at least 300 submissions/s with 500 boards open, at a server p99 of at most 100 ms.
        report.Target("Throughput, highest rate sustained", best.Achieved, 300, atMost: false, "submissions/s");
        report.Target("Throughput, server p99 at that rate", best.ServerP99, 100, atMost: true, "ms");
    }

    private static async Task<StepResult> MeasureStepAsync(
        BenchRun run, CircuitPool pool, double rate, BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        var label = $"Throughput at {Report.NamePart(rate)}/s offered";
        var prefix = $"throughput_r{Report.NamePart(rate)}";
        var count = (int)Math.Round(rate * options.StepSeconds);
        Progress.Write($"throughput: {count} submissions at {Report.NamePart(rate)}/s with {pool.Circuits.Count} boards open");

        var timingsBefore = run.Server.TimingCount;
        var cpuBefore = CpuSnapshot.Take(run.Server.ProcessId);
        var submissions = await run.Driver.RunOpenLoopAsync(run.Offices, rate, count, cancellationToken);
        var cpu = cpuBefore.UntilNow();
        var server = await ServerTimingsAsync(run.Server, timingsBefore, count, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);

        var created = submissions.Where(s => s.Created).ToList();
        var span = created.Count == 0 ? double.NaN : (created.Max(s => s.CompletedMs) - submissions.Min(s => s.DueMs)) / 1000;
        var achieved = created.Count / span;
        var client = new Distribution(created.Select(s => s.ResponseMs));

        report.Add(prefix + "_achieved_per_s", achieved, $"{label}: submissions per second achieved");
        report.AddDistribution(prefix + "_client", client, $"{label}: client latency from due time");
        report.AddDistribution(prefix + "_server", server, $"{label}: server latency (hosting log)");
        cpu.AddTo(report, prefix + "_", label);
        BoardScenario.AddSubmissionFailures(report, prefix + "_", label, submissions);
        var deliveries = Deliveries.Analyze(submissions, pool.Circuits);
        deliveries.AddTo(report, prefix + "_write_to_board", $"{label}, write→board");
        deliveries.WriteSamples(options.SamplesDirectory, prefix);

        var sustained = created.Count >= SustainedShare * count && achieved >= SustainedShare * rate;
        return new StepResult(achieved, sustained, server, client);
    }

    /// <summary>Waits (up to 10 s) for the server to log every submission of the step, then returns their durations.</summary>
    private static async Task<Distribution> ServerTimingsAsync(AppServer server, int skip, int expected, CancellationToken cancellationToken)
    {
        var deadline = BenchClock.NowMs + 10_000;
        List<ServerRequestTiming> submits;
        while (true)
        {
            submits = server.TimingsSince(skip).Where(t => t.Method == "POST" && t.Path == SubmitPath).ToList();
            if (submits.Count >= expected || BenchClock.NowMs > deadline)
            {
                break;
            }

            await Task.Delay(200, cancellationToken);
        }

        return new Distribution(submits.Select(t => t.ElapsedMs));
    }

    private sealed record StepResult(double Achieved, bool Sustained, Distribution Server, Distribution Client);
}
