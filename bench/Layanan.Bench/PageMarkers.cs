using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Layanan.Bench;

/// <summary>
/// The interactive-server component markers (<c>&lt;!--Blazor:{…}--&gt;</c>) and the persisted component
/// state of one prerendered <c>/papan</c> page, kept exactly as served. The markers' descriptors are
/// protected by the server and expire after a few minutes, so one page serves many circuits only briefly.
/// </summary>
public sealed partial class PageMarkers
{
    /// <summary>How long one page's markers are reused; shorter than the descriptors' lifetime.</summary>
    public static readonly TimeSpan ReuseFor = TimeSpan.FromMinutes(2);

    private PageMarkers(IReadOnlyList<string> serverMarkers, string applicationState)
    {
        ServerMarkers = serverMarkers;
        ApplicationState = applicationState;
        FetchedMs = BenchClock.NowMs;
    }

    public IReadOnlyList<string> ServerMarkers { get; }

    public string ApplicationState { get; }

    public double FetchedMs { get; }

    public bool IsFresh => BenchClock.NowMs - FetchedMs < ReuseFor.TotalMilliseconds;

    public static async Task<PageMarkers> FetchAsync(Officer officer, Uri baseUri, CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler { CookieContainer = officer.Cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.GetAsync("papan", cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"GET /papan as {officer.Office.OfficerUserName} returned {(int)response.StatusCode}; the sign-in cookie may have expired.");
        }

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var markers = MarkerPattern().Matches(html)
            .Select(m => m.Groups["json"].Value)
            .Where(json => json.Contains("\"type\":\"server\"", StringComparison.Ordinal))
            .ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"GET /papan as {officer.Office.OfficerUserName} served no interactive-server component markers.");
        }

        var state = StatePattern().Match(html);
        return new PageMarkers(markers, state.Success ? state.Groups["state"].Value : "");
    }

    /// <summary>The first <c>UpdateRootComponents</c> batch: one <c>add</c> per marker, with client-chosen ids.</summary>
    public string AddOperationsJson()
    {
        var json = new StringBuilder("{\"batchId\":1,\"operations\":[");
        for (var i = 0; i < ServerMarkers.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append(CultureInfo.InvariantCulture, $"{{\"type\":\"add\",\"ssrComponentId\":{i + 1},\"marker\":").Append(ServerMarkers[i]).Append('}');
        }

        return json.Append("]}").ToString();
    }

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[^\s>]*?)-->")]
    private static partial Regex StatePattern();
}
