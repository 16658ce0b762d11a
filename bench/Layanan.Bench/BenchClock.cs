using System.Diagnostics;

namespace Layanan.Bench;

/// <summary>
/// One monotonic clock for every timestamp the harness records, in milliseconds since the harness
/// started, with a fixed mapping to Unix time so that times taken by the server or the browser (wall
/// clock, same machine) can be placed on it.
/// </summary>
public static class BenchClock
{
    private static readonly long StartTicks = Stopwatch.GetTimestamp();

    /// <summary>Milliseconds since the harness started.</summary>
    public static double NowMs => Stopwatch.GetElapsedTime(StartTicks).TotalMilliseconds;

    /// <summary>
    /// Converts a wall-clock instant in Unix milliseconds to harness milliseconds. The offset between the
    /// two clocks is read at each call, so a wall clock that NTP slews during a run adds no drift.
    /// </summary>
    public static double FromUnixMs(double unixMs) => unixMs - ToUnixMs(DateTimeOffset.UtcNow) + NowMs;

    public static double FromInstant(DateTimeOffset instant) => FromUnixMs(ToUnixMs(instant));

    private static double ToUnixMs(DateTimeOffset instant) =>
        (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerMillisecond;

    /// <summary>Waits until the harness clock reaches <paramref name="dueMs"/>.</summary>
    public static async Task WaitUntilAsync(double dueMs, CancellationToken cancellationToken)
    {
        var remaining = dueMs - NowMs;
        if (remaining > 1)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(remaining), cancellationToken);
        }
    }
}
