using System.Globalization;

namespace Layanan.Bench;

/// <summary>
/// Write→board figures for one set of submissions and the board clients that should have shown them: every
/// healthy client of a submission's office is expected to see its tracking code once.
/// </summary>
public sealed record Deliveries(
    Distribution FromResponse,
    Distribution FromServerStamp,
    int Expected,
    int Delivered,
    int Lost,
    int Duplicates,
    int BeforeResponse,
    int UnhealthyClients,
    IReadOnlyList<DeliverySample> Samples)
{
    /// <summary>
    /// Joins submissions with what each client saw. Latency is measured from the arrival of the 201 (the
    /// request was committed before the server answered) and, as an upper bound, from the server's own
    /// <c>submittedAt</c> stamp (taken just before the transaction); a client that dropped is not expected.
    /// </summary>
    public static Deliveries Analyze(IReadOnlyList<Submission> submissions, IReadOnlyList<IBoardObserver> clients)
    {
        var healthy = clients.Where(c => c.IsHealthy).ToLookup(c => c.OfficeCode, StringComparer.Ordinal);
        var fromResponse = new List<double>();
        var fromStamp = new List<double>();
        var samples = new List<DeliverySample>();
        int expected = 0, lost = 0, duplicates = 0, beforeResponse = 0;

        foreach (var submission in submissions.Where(s => s.Created))
        {
            foreach (var client in healthy[submission.OfficeCode])
            {
                expected++;
                if (!client.Seen.TryGet(submission.TrackingCode!, out var firstMs, out var deliveries))
                {
                    lost++;
                    continue;
                }

                fromResponse.Add(firstMs - submission.CompletedMs);
                fromStamp.Add(firstMs - submission.ServerStampMs!.Value);
                samples.Add(new DeliverySample(submission.OfficeCode, submission.TrackingCode!, submission.CompletedMs, firstMs - submission.CompletedMs, deliveries));
                if (firstMs < submission.CompletedMs)
                {
                    beforeResponse++;
                }

                if (deliveries > 1)
                {
                    duplicates++;
                }
            }
        }

        return new Deliveries(
            new Distribution(fromResponse), new Distribution(fromStamp),
            expected, fromResponse.Count, lost, duplicates, beforeResponse, clients.Count(c => !c.IsHealthy), samples);
    }

    /// <summary>Writes one CSV row per delivery (when the 201 arrived, the latency), for plots and tail analysis.</summary>
    public void WriteSamples(string? directory, string name)
    {
        if (directory is null)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(Path.Combine(directory, name + ".csv"));
        writer.WriteLine("office_code,tracking_code,response_at_ms,latency_ms,deliveries");
        foreach (var sample in Samples.OrderBy(s => s.ResponseAtMs))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sample.OfficeCode},{sample.TrackingCode},{sample.ResponseAtMs:0.0},{sample.LatencyMs:0.0},{sample.Deliveries}"));
        }
    }

    /// <summary>Adds the figures under a prefix such as <c>write_to_board</c>.</summary>
    public void AddTo(Report report, string prefix, string label)
    {
        report.AddDistribution(prefix, FromResponse, $"{label} from the 201");
        report.AddDistribution($"{prefix}_from_stamp", FromServerStamp, $"{label} from the server stamp (upper bound)");
        report.Add($"{prefix}_expected", Expected, $"{label}: deliveries expected");
        report.Add($"{prefix}_lost", Lost, $"{label}: lost");
        report.Add($"{prefix}_duplicates", Duplicates, $"{label}: duplicated");
        if (BeforeResponse > 0)
        {
            report.Add($"{prefix}_before_201", BeforeResponse, $"{label}: shown before the 201 arrived");
        }

        if (UnhealthyClients > 0)
        {
            report.Add($"{prefix}_dropped_clients", UnhealthyClients, $"{label}: clients dropped (left out)");
        }
    }
}

/// <summary>One client's receipt of one submission: latency from the 201, on the harness clock.</summary>
public sealed record DeliverySample(string OfficeCode, string TrackingCode, double ResponseAtMs, double LatencyMs, int Deliveries);
