using System.Globalization;

namespace Layanan.Bench;

/// <summary>
/// <c>board</c>: write→board latency of real board circuits (and hub clients) at each size and rate, then
/// the naive polling board under the same submissions, and first a small calibration of the headless
/// circuits against board pages in Chromium.
/// </summary>
public static class BoardScenario
{
    /// <summary>The cell whose figures get the plain names (<c>write_to_board_p99_ms</c>): the cell of the 100 ms p99 target.</summary>
    private const int MainBoards = 500;
    private const double MainRate = 5;

    /// <summary>How long after the last submission a delivery still counts; later ones count as lost.</summary>
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(BenchOptions options, string appDirectory, Report report, CancellationToken cancellationToken)
    {
        await using var run = await BenchRun.StartAsync(options, appDirectory, hostingLog: false, commandLog: true, cancellationToken);

        if (!options.NoBrowser && options.Browsers > 0)
        {
            await CalibrateAsync(run, options, report, cancellationToken);
        }

        var push = await MeasurePushAsync(run, options, report, cancellationToken);
        if (options.NaiveBoards > 0)
        {
            await MeasureNaiveAsync(run, options, report, push, cancellationToken);
        }

        report.Add("board_server_error_lines", run.Server.ErrorLines, "Board run: server log lines at fail/crit level");
    }

    /// <summary>Measures every size × rate cell and returns the main cell's figures for the naive comparison.</summary>
    private static async Task<PushFigures> MeasurePushAsync(BenchRun run, BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        await using var pool = new CircuitPool(run.Server.BaseUri, run.Officers);
        var hubs = new List<HubBoardClient>();
        var push = new PushFigures(double.NaN, null);
        try
        {
            for (var i = 0; i < options.Hubs; i++)
            {
                hubs.Add(await HubBoardClient.OpenAsync(run.Officers[i % run.Officers.Count], run.Server.BaseUri, cancellationToken));
            }

            var main = options.Boards.Contains(MainBoards) && options.Rates.Contains(MainRate)
                ? (MainBoards, MainRate)
                : (options.Boards[0], options.Rates[0]);
            foreach (var boards in options.Boards)
            {
                var openedBefore = pool.Circuits.Count;
                Progress.Write($"opening board circuits up to {boards}");
                var openSeconds = await pool.GrowToAsync(boards, cancellationToken);
                var startups = new Distribution(pool.Circuits.Skip(openedBefore).Select(c => c.StartupMs));
                report.Add($"b{boards}_circuits_open", pool.Circuits.Count, $"{boards} boards: circuits open");
                report.Add($"b{boards}_circuit_start_p50_ms", startups.Percentile(50), $"{boards} boards: circuit start p50 (ms)");
                report.Add($"b{boards}_circuit_start_p99_ms", startups.Percentile(99), $"{boards} boards: circuit start p99 (ms)");
                report.Add($"b{boards}_open_seconds", openSeconds, $"{boards} boards: seconds to open");
                if (pool.Failures > 0)
                {
                    report.Add($"b{boards}_circuits_failed", pool.Failures, $"{boards} boards: circuits that failed to open");
                }

                await Task.Delay(TimeSpan.FromSeconds(options.Quick ? 5 : 10), cancellationToken);
                foreach (var rate in options.Rates)
                {
                    var isMain = (boards, rate) == main;
                    var name = isMain ? "" : $"b{boards}_r{Report.NamePart(rate)}_";
                    var label = $"{boards} boards at {Report.NamePart(rate)}/s";
                    Progress.Write($"measuring {label} for {options.Seconds} s");

                    var cpuBefore = CpuSnapshot.Take(run.Server.ProcessId);
                    var commandsBefore = run.Server.DbCommands;
                    var batchesBefore = BoardCircuit.RenderBatches;
                    var bytesBefore = BoardCircuit.RenderBytes;
                    var started = BenchClock.NowMs;
                    var submissions = await run.Driver.RunOpenLoopAsync(run.Offices, rate, (int)Math.Round(rate * options.Seconds), cancellationToken);
                    var seconds = (BenchClock.NowMs - started) / 1000;
                    var cpu = cpuBefore.UntilNow();
                    var batches = (BoardCircuit.RenderBatches - batchesBefore) / seconds;
                    var kib = (BoardCircuit.RenderBytes - bytesBefore) / 1024.0 / seconds;
                    await Task.Delay(Drain, cancellationToken);

                    // Board queries are what the server ran beyond the submissions' own commands.
                    var boardCommands = run.Server.DbCommands - commandsBefore - submissions.Count(s => s.Created) * run.DbCommandsPerSubmission;
                    var queriesPerBoard = boardCommands / pool.Circuits.Count / ((BenchClock.NowMs - started) / 60_000);
                    report.Add(name + "push_db_queries_per_min_per_board", queriesPerBoard, $"{label}: database queries per minute per board");
                    if (isMain)
                    {
                        push = new PushFigures(queriesPerBoard, null);
                        report.Add("boards", pool.Circuits.Count, "Main cell: board circuits open");
                        report.Add("submissions_per_s_offered", rate, "Main cell: submissions per second offered");
                    }

                    AddSubmissionFailures(report, name, label, submissions);
                    var deliveries = Deliveries.Analyze(submissions, pool.Circuits);
                    deliveries.AddTo(report, name + "write_to_board", $"{label}, write→board circuit");
                    deliveries.WriteSamples(options.SamplesDirectory, $"board_b{boards}_r{Report.NamePart(rate)}");
                    var hubDeliveries = Deliveries.Analyze(submissions, hubs);
                    hubDeliveries.AddTo(report, name + "write_to_hub", $"{label}, write→hub client ({hubs.Count})");
                    hubDeliveries.WriteSamples(options.SamplesDirectory, $"hub_b{boards}_r{Report.NamePart(rate)}");
                    cpu.AddTo(report, name, label);
                    report.Add(name + "render_batches_per_s", batches, $"{label}: render batches received per second");
                    report.Add(name + "render_kib_per_s", kib, $"{label}: render batch KiB received per second");
                    if (isMain)
                    {
                        push = push with { Deliveries = deliveries };
                    }

                    AddTargets(report, boards, rate, label, deliveries);
                }
            }

            report.Add("board_circuits_dropped", pool.Circuits.Count(c => !c.IsHealthy), "Board circuits dropped during the run");
        }
        finally
        {
            Progress.Write("closing board circuits and hub clients");
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }

            await pool.CloseAllAsync();
        }

        return push;
    }

    private static async Task MeasureNaiveAsync(BenchRun run, BenchOptions options, Report report, PushFigures push, CancellationToken cancellationToken)
    {
        var rate = options.Rates.Contains(MainRate) ? MainRate : options.Rates[0];
        var count = (int)Math.Round(rate * options.NaiveSeconds);
        Progress.Write($"naive board: {options.NaiveBoards} boards polling every {PollingBoard.Interval.TotalSeconds:0} s, {Report.NamePart(rate)} submissions/s for {options.NaiveSeconds} s");

        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 64 };
        using var http = new HttpClient(handler) { BaseAddress = run.Server.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
        var random = new Random(5);
        var boards = Enumerable.Range(0, options.NaiveBoards)
            .Select(i => new PollingBoard(run.Officers[i % run.Officers.Count], http))
            .ToList();

        // Each board starts at its own moment within the first interval, as boards opened over time would.
        var interval = PollingBoard.Interval.TotalMilliseconds;
        var start = BenchClock.NowMs + 1000;
        var submissionsStart = start + interval;
        var submissionsEnd = submissionsStart + options.NaiveSeconds * 1000.0;
        var until = submissionsEnd + interval + 1000;
        var polling = boards.Select(b => b.RunAsync(start + random.NextDouble() * interval, until, cancellationToken)).ToList();

        await BenchClock.WaitUntilAsync(submissionsStart, cancellationToken);
        var commandsBefore = run.Server.DbCommands;
        var cpuBefore = CpuSnapshot.Take(run.Server.ProcessId);
        var pollsBefore = boards.Sum(b => b.Polls);
        var measureStart = BenchClock.NowMs;
        var submissions = await run.Driver.RunOpenLoopAsync(run.Offices, rate, count, cancellationToken);
        var measureMinutes = (BenchClock.NowMs - measureStart) / 60_000;
        var cpu = cpuBefore.UntilNow();
        var polls = boards.Sum(b => b.Polls) - pollsBefore;
        await Task.Delay(1000, cancellationToken);
        var boardCommands = run.Server.DbCommands - commandsBefore - submissions.Count(s => s.Created) * run.DbCommandsPerSubmission;
        await Task.WhenAll(polling);

        var deliveries = Deliveries.Analyze(submissions, boards);
        deliveries.WriteSamples(options.SamplesDirectory, "naive");
        deliveries.AddTo(report, "naive_write_to_board", $"Naive board ({options.NaiveBoards} polling, {Report.NamePart(rate)}/s), write→board");
        var naiveQueries = boardCommands / options.NaiveBoards / measureMinutes;
        report.Add("naive_polls_per_min_per_board", polls / (double)options.NaiveBoards / measureMinutes, "Naive board: polls (HTTP requests) per minute per board");
        report.Add("naive_db_queries_per_min_per_board", naiveQueries, "Naive board: database queries per minute per board");
        report.Add("naive_poll_failures", boards.Sum(b => b.Failures), "Naive board: failed polls");
        cpu.AddTo(report, "naive_", "Naive board");
        if (push.QueriesPerMinutePerBoard > 0)
        {
            report.Add("naive_to_push_db_queries_ratio", naiveQueries / push.QueriesPerMinutePerBoard, "Naive ÷ push: database queries per board");
        }

        if (push.Deliveries is { } pushed)
        {
            // From the server stamp: from the 201, a pushed board's latency is near zero or negative.
            report.Add("naive_to_push_p50_ratio", deliveries.FromServerStamp.Percentile(50) / pushed.FromServerStamp.Percentile(50), "Naive ÷ push: write→board p50 from the server stamp");
            report.Add("naive_to_push_p99_ratio", deliveries.FromServerStamp.Percentile(99) / pushed.FromServerStamp.Percentile(99), "Naive ÷ push: write→board p99 from the server stamp");
        }

        AddSubmissionFailures(report, "naive_", "Naive board", submissions);
    }

    /// <summary>
    /// Runs a few board pages in Chromium beside headless circuits of the same offices and compares, per
    /// submission, when the card entered each page's DOM with when the circuit received its render batch.
    /// </summary>
    private static async Task CalibrateAsync(BenchRun run, BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        var officers = run.Officers.Take(Math.Min(options.Browsers, run.Officers.Count)).ToList();
        var offices = officers.Select(o => o.Office).ToList();
        Progress.Write($"calibration: {officers.Count} Chromium boards and {officers.Count} headless circuits");

        await using var browsers = await BrowserBoards.LaunchAsync();
        foreach (var officer in officers)
        {
            await browsers.OpenAsync(run.Server.BaseUri, officer.Office, options.Password);
        }

        await using var pool = new CircuitPool(run.Server.BaseUri, officers);
        await pool.GrowToAsync(officers.Count, cancellationToken);

        // One card per office first: it shows that each page's circuit is live before anything is timed.
        var warmUp = await run.Driver.RunOpenLoopAsync(offices, 2, offices.Count, cancellationToken);
        foreach (var board in browsers.Boards)
        {
            var code = warmUp.First(s => s.OfficeCode == board.OfficeCode).TrackingCode;
            if (code is null || !await board.WaitForCardAsync(code, TimeSpan.FromSeconds(30)))
            {
                Progress.Write($"  the Chromium board of {board.OfficeCode} did not show its warm-up card within 30 s; it is left out");
            }
        }

        var submissions = await run.Driver.RunOpenLoopAsync(offices, 1, options.CalibrationSeconds, cancellationToken);
        await Task.Delay(Drain, cancellationToken);
        foreach (var board in browsers.Boards)
        {
            await board.CollectAsync();
        }

        var inBrowser = Deliveries.Analyze(submissions, browsers.Boards);
        var headless = Deliveries.Analyze(submissions, pool.Circuits);
        inBrowser.AddTo(report, "calibration_browser", $"Calibration ({officers.Count} Chromium boards, 1/s), write→DOM");
        headless.AddTo(report, "calibration_headless", $"Calibration ({officers.Count} headless circuits, 1/s), write→batch");

        var offsets = new List<double>();
        foreach (var submission in submissions.Where(s => s.Created))
        {
            var page = browsers.Boards.FirstOrDefault(b => b.OfficeCode == submission.OfficeCode);
            var circuit = pool.Circuits.FirstOrDefault(c => c.OfficeCode == submission.OfficeCode);
            if (page is not null && circuit is not null
                && page.Seen.TryGet(submission.TrackingCode!, out var domMs, out _)
                && circuit.Seen.TryGet(submission.TrackingCode!, out var batchMs, out _))
            {
                offsets.Add(domMs - batchMs);
            }
        }

        var offset = new Distribution(offsets);
        report.Add("calibration_pairs", offset.Count, "Calibration: submissions seen by both a page and a circuit");
        report.Add("calibration_dom_minus_batch_p50_ms", offset.Percentile(50), "Calibration: DOM time − batch time, p50 (ms)");
        report.Add("calibration_dom_minus_batch_p95_ms", offset.Percentile(95), "Calibration: DOM time − batch time, p95 (ms)");
        report.Add("calibration_dom_minus_batch_max_ms", offset.Max, "Calibration: DOM time − batch time, max (ms)");
        await pool.CloseAllAsync();
    }

    /// <summary>
    /// The board's latency targets: p99 ≤ 100 ms with 500 boards at 5/s and ≤ 250 ms with 1,000 boards at
    /// 20/s; and for every cell, no update lost or duplicated. Latency is taken from the server's stamp, the
    /// stricter of the two starting points, because a board may render the card before the 201 arrives.
    /// </summary>
    private static void AddTargets(Report report, int boards, double rate, string label, Deliveries deliveries)
    {
        if ((boards, rate) == (500, 5))
        {
            report.Target($"{label}, write→board p99 from the server stamp", deliveries.FromServerStamp.Percentile(99), 100, atMost: true, "ms");
        }
        else if ((boards, rate) == (1000, 20))
        {
            report.Target($"{label}, write→board p99 from the server stamp", deliveries.FromServerStamp.Percentile(99), 250, atMost: true, "ms");
        }

        report.Target($"{label}, updates lost or duplicated", deliveries.Lost + deliveries.Duplicates, 0, atMost: true, "updates");
    }

    internal static void AddSubmissionFailures(Report report, string name, string label, IReadOnlyList<Submission> submissions)
    {
        var failed = submissions.Where(s => !s.Created).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        report.Add(name + "submissions_failed", failed.Count, $"{label}: submissions that failed");
        var first = failed[0];
        report.Note(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {failed.Count} of {submissions.Count} submissions failed; the first with status {first.Status}: {first.Error}"));
    }

    /// <summary>The main cell's figures that the naive board is compared with.</summary>
    private sealed record PushFigures(double QueriesPerMinutePerBoard, Deliveries? Deliveries);
}
