namespace Layanan.Bench;

/// <summary>
/// Board circuits spread evenly over the officers' offices (circuit i belongs to officer i mod n), opened
/// a few at a time so that opening does not itself overload the server.
/// </summary>
public sealed class CircuitPool(Uri baseUri, IReadOnlyList<Officer> officers) : IAsyncDisposable
{
    private const int OpenConcurrency = 8;

    private readonly List<BoardCircuit> _circuits = [];
    private readonly Dictionary<string, Task<PageMarkers>> _markers = new(StringComparer.Ordinal);
    private int _failures;

    public IReadOnlyList<BoardCircuit> Circuits => _circuits;

    /// <summary>Circuits that could not be opened, even after one retry.</summary>
    public int Failures => _failures;

    /// <summary>Opens circuits until <paramref name="count"/> are open, and returns the time it took in seconds.</summary>
    public async Task<double> GrowToAsync(int count, CancellationToken cancellationToken)
    {
        var started = BenchClock.NowMs;
        var first = _circuits.Count;
        using var gate = new SemaphoreSlim(OpenConcurrency);
        var opened = 0;
        var tasks = Enumerable.Range(first, Math.Max(0, count - first)).Select(async index =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var circuit = await OpenWithRetryAsync(officers[index % officers.Count], cancellationToken);
                if (circuit is null)
                {
                    return;
                }

                lock (_circuits)
                {
                    _circuits.Add(circuit);
                }

                var done = Interlocked.Increment(ref opened);
                if (done % 250 == 0)
                {
                    Progress.Write($"  {first + done} circuits open");
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
        return (BenchClock.NowMs - started) / 1000;
    }

    /// <summary>Closes every circuit the way a browser tab does on unload.</summary>
    public async Task CloseAllAsync()
    {
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(_circuits.Select(async circuit =>
        {
            await gate.WaitAsync();
            try
            {
                await circuit.DisposeAsync();
            }
            finally
            {
                gate.Release();
            }
        }));
        _circuits.Clear();
    }

    public async ValueTask DisposeAsync() => await CloseAllAsync();

    private async Task<BoardCircuit?> OpenWithRetryAsync(Officer officer, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var markers = await MarkersFor(officer, forceFresh: attempt > 1);
                return await BoardCircuit.OpenAsync(officer, baseUri, markers, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= 2)
                {
                    Interlocked.Increment(ref _failures);
                    Progress.Write($"  could not open a board circuit for {officer.Office.OfficerUserName}: {exception.Message}");
                    return null;
                }
            }
        }

        Task<PageMarkers> MarkersFor(Officer forOfficer, bool forceFresh)
        {
            lock (_markers)
            {
                if (forceFresh
                    || !_markers.TryGetValue(forOfficer.Office.Code, out var markers)
                    || (markers.IsCompletedSuccessfully && !markers.Result.IsFresh)
                    || markers.IsFaulted)
                {
                    markers = PageMarkers.FetchAsync(forOfficer, baseUri, cancellationToken);
                    _markers[forOfficer.Office.Code] = markers;
                }

                return markers;
            }
        }
    }
}
