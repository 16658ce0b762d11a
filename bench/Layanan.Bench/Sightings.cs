namespace Layanan.Bench;

/// <summary>
/// What one board client saw: for each tracking code, when it first arrived (harness milliseconds) and in
/// how many separate deliveries (render batches, hub messages) it arrived.
/// </summary>
public sealed class Sightings
{
    private readonly Dictionary<string, (double FirstMs, int Deliveries)> _codes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Record(string code, double atMs)
    {
        lock (_gate)
        {
            _codes[code] = _codes.TryGetValue(code, out var seen) ? (seen.FirstMs, seen.Deliveries + 1) : (atMs, 1);
        }
    }

    public bool TryGet(string code, out double firstMs, out int deliveries)
    {
        lock (_gate)
        {
            if (_codes.TryGetValue(code, out var seen))
            {
                (firstMs, deliveries) = seen;
                return true;
            }
        }

        firstMs = 0;
        deliveries = 0;
        return false;
    }
}

/// <summary>A board client of any kind (circuit, hub client, polling board, browser page) and what it saw.</summary>
public interface IBoardObserver
{
    string OfficeCode { get; }

    Sightings Seen { get; }

    /// <summary>Whether the client stayed connected; a dropped one is left out of delivery counts and reported.</summary>
    bool IsHealthy { get; }
}
