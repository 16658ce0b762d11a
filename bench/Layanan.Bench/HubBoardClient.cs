using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Layanan.Bench;

/// <summary>
/// A client of the board hub <c>/hubs/board</c> (as an office TV would be), subscribed to one office with
/// the officer's bearer token; it records each <c>RequestChanged</c> message's tracking code on arrival.
/// </summary>
public sealed class HubBoardClient : IBoardObserver, IAsyncDisposable
{
    private readonly HubConnection _connection;
    private volatile bool _closed;

    private HubBoardClient(Officer officer, Uri baseUri)
    {
        OfficeCode = officer.Office.Code;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "hubs/board"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.AccessTokenProvider = () => Task.FromResult<string?>(officer.AccessToken);
            })
            .Build();
        _connection.ServerTimeout = TimeSpan.FromSeconds(60);
        _connection.On<JsonElement>("RequestChanged", message =>
        {
            var receivedMs = BenchClock.NowMs;
            if (message.TryGetProperty("trackingCode", out var code) && code.GetString() is { } trackingCode)
            {
                Seen.Record(trackingCode, receivedMs);
            }
        });
        _connection.Closed += _ =>
        {
            _closed = true;
            return Task.CompletedTask;
        };
    }

    public string OfficeCode { get; }

    public Sightings Seen { get; } = new();

    public bool IsHealthy => !_closed;

    public static async Task<HubBoardClient> OpenAsync(Officer officer, Uri baseUri, CancellationToken cancellationToken)
    {
        var client = new HubBoardClient(officer, baseUri);
        try
        {
            await client._connection.StartAsync(cancellationToken);
            await client._connection.InvokeAsync("SubscribeOffice", officer.Office.Code, cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _closed = true;
        await _connection.DisposeAsync();
    }
}
