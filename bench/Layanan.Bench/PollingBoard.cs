using System.Net.Http.Headers;
using System.Text.Json;

namespace Layanan.Bench;

/// <summary>
/// The naive board: it fetches the whole office board (<c>GET /api/v1/offices/{code}/requests</c>) every
/// 5 seconds, as a page that reloads itself or a tutorial's polling loop would, and records when each
/// tracking code first shows up in a response.
/// </summary>
public sealed class PollingBoard(Officer officer, HttpClient http) : IBoardObserver
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private int _polls;
    private int _failures;

    public string OfficeCode => officer.Office.Code;

    public Sightings Seen { get; } = new();

    public bool IsHealthy => true;

    public int Polls => _polls;

    public int Failures => _failures;

    /// <summary>Polls on a fixed schedule from <paramref name="firstPollMs"/> until <paramref name="untilMs"/>.</summary>
    public async Task RunAsync(double firstPollMs, double untilMs, CancellationToken cancellationToken)
    {
        for (var due = firstPollMs; due < untilMs; due += Interval.TotalMilliseconds)
        {
            await BenchClock.WaitUntilAsync(due, cancellationToken);
            await PollAsync(cancellationToken);
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/offices/{officer.Office.Code}/requests");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", officer.AccessToken);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var receivedMs = BenchClock.NowMs;
            Interlocked.Increment(ref _polls);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _failures);
                return;
            }

            using var document = JsonDocument.Parse(body);
            foreach (var card in document.RootElement.GetProperty("requests").EnumerateArray())
            {
                if (card.GetProperty("trackingCode").GetString() is { } code && !Seen.TryGet(code, out _, out _))
                {
                    Seen.Record(code, receivedMs);
                }
            }
        }
        catch (Exception exception) when ((exception is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _polls);
            Interlocked.Increment(ref _failures);
        }
    }
}
