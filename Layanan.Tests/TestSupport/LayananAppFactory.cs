using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Layanan.Tests.TestSupport;

/// <summary>
/// The real app (<c>Program</c>) on a fresh data directory, with demo accounts on and the simulator off,
/// so tests control every request that exists.
/// </summary>
public class LayananAppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Pontianak#2026";

    private readonly TempDirectory _data = new();

    public string DataDirectory => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting("Layanan:DataDirectory", _data.Path);
        builder.UseSetting("Layanan:Demo:Enabled", "true");
        builder.UseSetting("Layanan:Demo:SimulatorEnabled", "false");
        builder.UseSetting("Layanan:Demo:Password", DemoPassword);
        builder.UseSetting("Layanan:RateLimit:LookupsPerMinute", LookupsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Layanan:RateLimit:WritesPerMinute", "1000");
    }

    /// <summary>Tracking lookups allowed per minute; tests of the limit itself lower it.</summary>
    protected virtual int LookupsPerMinute => 1000;

    public async Task<string> GetTokenAsync(string username)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        return body!.AccessToken;
    }

    /// <summary>An HTTP client that sends the demo user's bearer token.</summary>
    public async Task<HttpClient> CreateClientForAsync(string username)
    {
        var token = await GetTokenAsync(username);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A started hub connection to <c>/hubs/board</c> as the demo user.</summary>
    public async Task<HubConnection> ConnectHubAsync(string username)
    {
        var token = await GetTokenAsync(username);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, "/hubs/board"), options =>
            {
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }

    private sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt);
}
