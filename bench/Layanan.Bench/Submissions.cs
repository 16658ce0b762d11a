using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Layanan.Bench;

/// <summary>
/// One submission through <c>POST /api/v1/requests</c>. Times are harness milliseconds: when it was due,
/// when it was sent, and when the 201 arrived (the request is committed by then); <see cref="ServerStampMs"/>
/// is the server's own <c>submittedAt</c>, taken just before the transaction that stores it.
/// </summary>
public sealed record Submission(
    string OfficeCode, double DueMs, double SentMs, double CompletedMs, int Status, string? TrackingCode, double? ServerStampMs, string? Error)
{
    public bool Created => Status == (int)HttpStatusCode.Created && TrackingCode is not null;

    /// <summary>Latency as an open-loop client sees it: from when the request was due, so a late send counts.</summary>
    public double ResponseMs => CompletedMs - DueMs;
}

/// <summary>
/// Sends resident submissions (SKD to a kelurahan, SKTM-KEC to a kecamatan) at a fixed rate, open loop: each request starts on schedule
/// whether or not earlier ones have answered, so a slow server shows up as latency, not as a lower rate.
/// </summary>
public sealed class SubmissionDriver : IDisposable
{
    private readonly HttpClient _http;
    private readonly Random _random = new(20261204);
    private readonly Lock _randomGate = new();

    public SubmissionDriver(Uri baseUri)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1000,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        _http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Sends <paramref name="count"/> submissions at <paramref name="perSecond"/>, spread round-robin over the offices.</summary>
    public async Task<IReadOnlyList<Submission>> RunOpenLoopAsync(
        IReadOnlyList<Office> offices, double perSecond, int count, CancellationToken cancellationToken)
    {
        var interval = 1000.0 / perSecond;
        var start = BenchClock.NowMs + 50;
        var pending = new List<Task<Submission>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = start + i * interval;
            await BenchClock.WaitUntilAsync(due, cancellationToken);
            pending.Add(SubmitAsync(offices[i % offices.Count], due, cancellationToken));
        }

        return await Task.WhenAll(pending);
    }

    /// <summary>Sends submissions one after another from a few workers, for seeding boards before a measurement.</summary>
    public async Task<IReadOnlyList<Submission>> RunClosedLoopAsync(
        IReadOnlyList<Office> offices, int perOffice, int workers, CancellationToken cancellationToken)
    {
        var queue = new Queue<Office>(Enumerable.Range(0, perOffice).SelectMany(_ => offices));
        var results = new List<Submission>();
        var worker = async () =>
        {
            while (true)
            {
                Office office;
                lock (queue)
                {
                    if (!queue.TryDequeue(out office!))
                    {
                        return;
                    }
                }

                var submission = await SubmitAsync(office, BenchClock.NowMs, cancellationToken);
                lock (results)
                {
                    results.Add(submission);
                }
            }
        };
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => worker()));
        return results;
    }

    public void Dispose() => _http.Dispose();

    private async Task<Submission> SubmitAsync(Office office, double dueMs, CancellationToken cancellationToken)
    {
        var body = NewBody(office);
        var sent = BenchClock.NowMs;
        try
        {
            using var response = await _http.PostAsJsonAsync("api/v1/requests", body, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var completed = BenchClock.NowMs;
            if (response.StatusCode != HttpStatusCode.Created)
            {
                return new Submission(office.Code, dueMs, sent, completed, (int)response.StatusCode, null, null, Shorten(text));
            }

            using var document = JsonDocument.Parse(text);
            var code = document.RootElement.GetProperty("trackingCode").GetString();
            var stamp = document.RootElement.GetProperty("submittedAt").GetDateTimeOffset();
            return new Submission(office.Code, dueMs, sent, completed, (int)response.StatusCode, code, BenchClock.FromInstant(stamp), null);
        }
        catch (Exception exception) when ((exception is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            return new Submission(office.Code, dueMs, sent, BenchClock.NowMs, 0, null, null, exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>A valid request for the office's level: a Pontianak NIK (kecamatan digits of the office, a birth date, a serial) and contact data.</summary>
    private object NewBody(Office office)
    {
        int day, month, year, serial, number;
        bool female;
        lock (_randomGate)
        {
            day = _random.Next(1, 29);
            month = _random.Next(1, 13);
            year = _random.Next(60, 100);
            female = _random.Next(2) == 1;
            serial = _random.Next(1, 10000);
            number = _random.Next(1, 1_000_000);
        }

        var nik = string.Create(CultureInfo.InvariantCulture,
            $"6171{office.KecamatanDigits}{day + (female ? 40 : 0):00}{month:00}{year:00}{serial:0000}");
        return new
        {
            officeCode = office.Code,
            serviceCode = office.IsKecamatan ? "SKTM-KEC" : "SKD",
            nik,
            name = $"Warga Uji {number}",
            address = $"Jl. Uji Beban No. {number % 300 + 1}, Pontianak",
            purpose = "Uji beban papan permohonan",
            phone = "081234567890",
        };
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
