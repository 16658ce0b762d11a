using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Layanan.Tests.TestSupport;

namespace Layanan.Tests.Integration;

public sealed class RateLimitTests(RateLimitTests.StrictFactory app) : IClassFixture<RateLimitTests.StrictFactory>
{
    [Fact]
    public async Task TrackingLookups_AreLimitedPerMinute_WithIndonesianProblem()
    {
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.GetAsync($"/api/v1/requests/AAAA-CCCC-DDDD?nik4={i:0000}")).StatusCode);
        }

        var rejected = await client.GetAsync("/api/v1/requests/AAAA-CCCC-DDDD?nik4=9999");
        var problem = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Contains("Terlalu banyak permintaan", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ReferenceData_IsNotLimited()
    {
        using var client = app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetAsync("/api/v1/offices")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    /// <summary>The app with 5 lookups a minute.</summary>
    public sealed class StrictFactory : LayananAppFactory
    {
        protected override int LookupsPerMinute => 5;
    }
}
