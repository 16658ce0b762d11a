namespace Layanan.Bench;

/// <summary>
/// A clock that does not advance until the harness moves it, so that each SLA sweep sees exactly the steps
/// that fell due since the previous one, as the app's sweep does when Hangfire runs it every minute.
/// </summary>
public sealed class SteppedTime(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public DateTimeOffset Now => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
