namespace Layanan.Core.Sla;

/// <summary>
/// The record that a clock's step was acted on. A unique index on (request, clock, cycle, level) makes
/// the step happen exactly once, however often, concurrently or late the sweep runs.
/// </summary>
public sealed class SlaEscalation
{
    private SlaEscalation()
    {
    }

    public SlaEscalation(Guid requestId, SlaClock clock, int cycle, SlaLevel level, DateTimeOffset at)
    {
        RequestId = requestId;
        Clock = clock;
        Cycle = cycle;
        Level = level;
        At = at;
    }

    public long Id { get; private set; }

    public Guid RequestId { get; private set; }

    public SlaClock Clock { get; private set; }

    public int Cycle { get; private set; }

    public SlaLevel Level { get; private set; }

    public DateTimeOffset At { get; private set; }
}
