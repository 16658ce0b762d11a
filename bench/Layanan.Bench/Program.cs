using System.Globalization;
using Layanan.Bench;

if (args.Length > 0 && args[0] is "--help" or "-h" or "help")
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine();
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// Figures and progress lines use invariant formatting whatever the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Hundreds of connections each run short handlers; a warm thread pool keeps the harness from adding latency.
ThreadPool.SetMinThreads(64, 64);
BoardCircuit.TraceInterop = options.TraceInterop;

var report = new Report();
report.Add("machine_cores", Environment.ProcessorCount, "Machine: cores");
report.Add("machine_memory_gib", Machine.MemoryGiB(), "Machine: memory (GiB)");
report.Add("scenario", options.Scenario + (options.Quick ? " --quick" : ""), "Scenario");

var started = BenchClock.NowMs;
try
{
    // The sweep runs Layanan.Core in process and needs no published app.
    var needsApp = options.Scenario != "sweep";
    var appDirectory = options.AppDirectory ?? "";
    if (needsApp && options.AppDirectory is null)
    {
        // One folder per clone, so that two clones benchmarking at once do not publish over each other.
        var root = Machine.FindRepositoryRoot();
        var cloneId = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(root)))[..12];
        appDirectory = Path.Combine(Path.GetTempPath(), $"layanan-bench-app-{cloneId}");
        if (options.FromCommit is not null)
        {
            var (snapshot, commit) = await SourceSnapshot.ExportAsync(root, options.FromCommit, cancellation.Token);
            report.Add("app_commit", commit, "App: commit measured");
            root = snapshot;
            appDirectory = Path.Combine(Path.GetTempPath(), $"layanan-bench-app-{commit[..12]}");
        }
        else
        {
            report.Add("app_commit", "working-tree", "App: commit measured");
        }

        Progress.Write($"publishing {Path.Combine(root, "Layanan.Blazor")} in Release to {appDirectory}");
        await AppServer.PublishAsync(root, appDirectory, cancellation.Token);
    }

    var scenarios = options.Scenario == "all" ? ["board", "capacity", "throughput", "sweep"] : new[] { options.Scenario };
    if (options.FromCommit is not null && scenarios.Contains("sweep"))
    {
        // NOTE: the sweep links Layanan.Core into the harness, so it measures the code the harness was built from.
        report.Note("The sweep measured the Layanan.Core this harness was built from (the working tree), not --from-commit.");
    }

    foreach (var scenario in scenarios)
    {
        Progress.Write($"scenario {scenario}{(options.Quick ? " (quick)" : "")}");
        var run = scenario switch
        {
            "board" => BoardScenario.RunAsync(options, appDirectory, report, cancellation.Token),
            "capacity" => CapacityScenario.RunAsync(options, appDirectory, report, cancellation.Token),
            "sweep" => SweepScenario.RunAsync(options, report, cancellation.Token),
            _ => ThroughputScenario.RunAsync(options, appDirectory, report, cancellation.Token),
        };
        await run;
    }
}
catch (Exception exception) when (exception is not OperationCanceledException || cancellation.IsCancellationRequested)
{
    report.Add("run_seconds", (BenchClock.NowMs - started) / 1000, "Run time (s)");
    report.Print(Console.Out);
    Console.Error.WriteLine(cancellation.IsCancellationRequested ? "Cancelled; the figures above are partial." : $"The run failed: {exception}");
    return 1;
}

report.Add("run_seconds", (BenchClock.NowMs - started) / 1000, "Run time (s)");
report.Print(Console.Out);
if (options.TraceInterop)
{
    foreach (var (identifier, count) in BoardCircuit.InteropIdentifiers.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JS interop {identifier}: {count} calls"));
    }
}

return 0;
