using System.Collections.Concurrent;

namespace Layanan.Bench;

/// <summary>
/// The job the Hangfire measurement enqueues: it records when each job id started (harness milliseconds)
/// and how many times it ran, so pickup latency and duplicate executions can be counted. Hangfire calls
/// <see cref="Run"/> by name, so it must stay public and static.
/// </summary>
public static class JobPickupProbe
{
    private static readonly ConcurrentDictionary<int, Execution> Executions = new();

    public static void Run(int id, double enqueuedMs)
    {
        var startedMs = BenchClock.NowMs;
        Executions.AddOrUpdate(
            id,
            _ => new Execution(enqueuedMs, startedMs, 1),
            (_, seen) => seen with { Runs = seen.Runs + 1 });
    }

    public static int Started => Executions.Count;

    public static IReadOnlyCollection<Execution> Snapshot() => Executions.Values.ToList();

    public static void Reset() => Executions.Clear();

    /// <summary>One job id's first start and how many times it ran in all.</summary>
    public sealed record Execution(double EnqueuedMs, double FirstStartMs, int Runs);
}
