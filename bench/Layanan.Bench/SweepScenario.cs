using System.Diagnostics;
using Hangfire;
using Hangfire.Storage.SQLite;
using Layanan.Core;
using Layanan.Core.Access;
using Layanan.Core.Calendar;
using Layanan.Core.Data;
using Layanan.Core.Demo;
using Layanan.Core.Identity;
using Layanan.Core.Sla;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Layanan.Bench;

/// <summary>
/// <c>sweep</c>: the SLA sweep (<see cref="SlaSweep.RunAsync"/>) over many open requests, and Hangfire's
/// pickup latency and duplicate executions on the app's SQLite job storage. Both run inside the harness
/// on Layanan.Core and Hangfire directly, on fresh files made by the app's own migrations and seeding,
/// because neither has an HTTP surface to drive from outside.
/// </summary>
public static class SweepScenario
{
    /// <summary>
    /// The simulated instant of the first sweep: a Wednesday at 09:00 WIB with no holiday near it, so the
    /// one-minute steps that follow fall in office hours, where reminders and deadlines fall.
    /// </summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 18, 9, 0, 0, TimeSpan.FromHours(7));

    private const double SweepTargetMs = 500;

    public static async Task RunAsync(BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        await MeasureSweepAsync(options, report, cancellationToken);
        await MeasureJobsAsync(options, report, cancellationToken);
    }

    private static async Task MeasureSweepAsync(BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("layanan-bench-sweep-").FullName;
        var time = new SteppedTime(Start);
        try
        {
            await using var provider = BuildServices(directory, time);
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            var calendar = provider.GetRequiredService<CalendarService>();
            await calendar.LoadAsync(cancellationToken);
            await using (var scope = provider.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync(cancellationToken);
            }

            Progress.Write($"sweep: storing {options.SweepRequests} open requests");
            var seedStarted = BenchClock.NowMs;
            var seeded = await OpenRequestSeeder.SeedAsync(
                provider.GetRequiredService<IDbContextFactory<LayananDbContext>>(),
                provider.GetRequiredService<OfficeDirectory>(),
                calendar.Current,
                options.SweepRequests,
                time.Now,
                TimeSpan.FromDays(options.SweepHistoryDays),
                TimeSpan.FromMinutes(options.SweepBacklogMinutes),
                cancellationToken);
            report.Add("sweep_open_requests", options.SweepRequests, "Sweep: open requests stored");
            report.Add("sweep_seed_seconds", (BenchClock.NowMs - seedStarted) / 1000, "Sweep: seconds to store them");
            report.Add("sweep_seed_steps_already_acted", seeded.StepsAlreadyActedOn, "Sweep: steps stored as already acted on");
            Progress.Write("sweep: stored " + string.Join(", ", seeded.ByStatus.OrderBy(p => p.Key).Select(p => $"{p.Value} {p.Key}")));

            var sweep = provider.GetRequiredService<SlaSweep>();

            // The backlog: every step that fell due while no sweep ran.
            var (catchUpMs, catchUpSteps) = await TimeSweepAsync(sweep, cancellationToken);
            report.Add("sweep_catch_up_ms", catchUpMs, $"Sweep: first run, after {options.SweepBacklogMinutes} min without a sweep (ms)");
            report.Add("sweep_catch_up_steps", catchUpSteps, "Sweep: steps the first run acted on");

            // Nothing due: the cost of finding that out through the index.
            var idle = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var (ms, steps) = await TimeSweepAsync(sweep, cancellationToken);
                idle.Add(ms);
                if (steps != 0)
                {
                    report.Note($"Sweep: a repeated run at the same instant acted on {steps} steps; it should act on none.");
                }
            }

            report.Add("sweep_nothing_due_p50_ms", new Distribution(idle).Percentile(50), "Sweep: run with nothing due, p50 of 5 (ms)");

            // The steady state: one run per simulated minute, as the recurring job runs.
            Progress.Write($"sweep: {options.SweepRuns} runs, one per simulated minute from {time.Now:HH:mm} UTC");
            var durations = new List<double>();
            var stepCounts = new List<double>();
            for (var i = 0; i < options.SweepRuns; i++)
            {
                time.Advance(TimeSpan.FromMinutes(1));
                var (ms, steps) = await TimeSweepAsync(sweep, cancellationToken);
                durations.Add(ms);
                stepCounts.Add(steps);
            }

            var steady = new Distribution(durations);
            var perRun = new Distribution(stepCounts);
            report.AddDistribution("sweep_steady", steady, $"Sweep: one run per minute ({options.SweepRuns} runs)");
            report.Add("sweep_steady_steps_per_run_mean", perRun.Mean, "Sweep: steps acted on per run, mean");
            report.Add("sweep_steady_steps_per_run_max", perRun.Max, "Sweep: steps acted on per run, max");

            await MeasureConcurrentSweepsAsync(provider, sweep, time, report, cancellationToken);

            report.Add("sweep_ms", steady.Max, "Sweep: slowest steady-state run (ms)");
            report.Target($"Sweep over {options.SweepRequests} open requests, slowest steady-state run", steady.Max, SweepTargetMs, atMost: true, "ms");
        }
        finally
        {
            SqliteCleanup.DeleteDirectory(directory);
        }
    }

    /// <summary>
    /// Runs two sweeps at once on the same minute, as two app instances or an overlapping retry would. Each
    /// due step must be recorded once, so the escalation rows added must equal the steps both runs report.
    /// </summary>
    private static async Task MeasureConcurrentSweepsAsync(
        ServiceProvider provider, SlaSweep sweep, SteppedTime time, Report report, CancellationToken cancellationToken)
    {
        var dbFactory = provider.GetRequiredService<IDbContextFactory<LayananDbContext>>();
        var totalActed = 0;
        var rowsAdded = 0;
        for (var i = 0; i < 5; i++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            var before = await CountEscalationsAsync(dbFactory, cancellationToken);
            var runs = await Task.WhenAll(sweep.RunAsync(cancellationToken), sweep.RunAsync(cancellationToken));
            totalActed += runs.Sum();
            rowsAdded += await CountEscalationsAsync(dbFactory, cancellationToken) - before;
        }

        report.Add("sweep_concurrent_steps_recorded", rowsAdded, "Sweep: two concurrent runs × 5 minutes, steps recorded");
        report.Add("sweep_concurrent_steps_double_acted", totalActed - rowsAdded, "Sweep: steps both concurrent runs acted on (want 0)");
    }

    private static async Task<int> CountEscalationsAsync(IDbContextFactory<LayananDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SlaEscalations.CountAsync(cancellationToken);
    }

    private static async Task<(double Ms, int Steps)> TimeSweepAsync(SlaSweep sweep, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var steps = await sweep.RunAsync(cancellationToken);
        return (watch.Elapsed.TotalMilliseconds, steps);
    }

    /// <summary>
    /// The Core services the sweep needs, registered as the app registers them, with the clock replaced and
    /// log messages discarded (the app writes one Information line per step to its console).
    /// </summary>
    private static ServiceProvider BuildServices(string directory, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton(new DataPaths(directory));
        services.AddLayananCore();
        services.AddSingleton(new DemoMode(Options.Create(new DemoOptions { Enabled = true }), isDevelopment: false));
        services.AddSingleton<IPasswordHasher<StaffUser>, PasswordHasher<StaffUser>>();
        services.AddScoped<DemoAccounts>();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Enqueues jobs at a fixed rate into Hangfire's SQLite storage, with the storage and server settings of
    /// the app (a 1 s queue poll interval, max(2, cores) workers), and records each job's enqueue→start
    /// latency and how many times it ran.
    /// </summary>
    private static async Task MeasureJobsAsync(BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("layanan-bench-jobs-").FullName;
        try
        {
            GlobalConfiguration.Configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();

            // NOTE: these settings copy the app's Hangfire setup (HangfireSetup.AddLayananJobs); change both together.
            var storage = new SQLiteStorage(Path.Combine(directory, "hangfire.db"), new SQLiteStorageOptions
            {
                QueuePollInterval = TimeSpan.FromSeconds(1),
            });
            var workers = Math.Max(2, Environment.ProcessorCount);
            JobPickupProbe.Reset();
            var client = new BackgroundJobClient(storage);
            using var server = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = workers }, storage);

            Progress.Write($"jobs: enqueuing {options.Jobs} jobs at {Report.NamePart(options.JobRate)}/s for {workers} workers");
            var interval = 1000.0 / options.JobRate;
            var start = BenchClock.NowMs + 500;
            var enqueueMs = new List<double>(options.Jobs);
            for (var i = 0; i < options.Jobs; i++)
            {
                await BenchClock.WaitUntilAsync(start + i * interval, cancellationToken);
                var id = i;
                var at = BenchClock.NowMs;
                client.Enqueue(() => JobPickupProbe.Run(id, at));
                enqueueMs.Add(BenchClock.NowMs - at);
            }

            // Wait for the queue to drain, then a little longer so that a late second execution is counted too.
            var deadline = BenchClock.NowMs + 120_000;
            while (JobPickupProbe.Started < options.Jobs && BenchClock.NowMs < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }

            var drainedSeconds = (BenchClock.NowMs - start) / 1000;
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);

            var executions = JobPickupProbe.Snapshot();
            var pickup = new Distribution(executions.Select(e => e.FirstStartMs - e.EnqueuedMs));
            var duplicates = executions.Count(e => e.Runs > 1);
            report.Add("jobs_enqueued", options.Jobs, "Jobs: enqueued");
            report.Add("jobs_offered_per_s", options.JobRate, "Jobs: enqueued per second");
            report.Add("jobs_workers", workers, "Jobs: Hangfire workers");
            report.Add("jobs_enqueue_p99_ms", new Distribution(enqueueMs).Percentile(99), "Jobs: enqueue call p99 (ms)");
            report.AddDistribution("jobs_pickup", pickup, "Jobs: enqueue→start");
            report.Add("jobs_lost", options.Jobs - executions.Count, "Jobs: never started");
            report.Add("jobs_duplicates", duplicates, "Jobs: started more than once");
            report.Add("jobs_drain_seconds", drainedSeconds, "Jobs: seconds from first enqueue to last start");
            report.Target($"Jobs, duplicates in {options.Jobs}", duplicates, 0, atMost: true, "jobs");
        }
        finally
        {
            SqliteCleanup.DeleteDirectory(directory);
        }
    }
}
