using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Layanan.Bench;

/// <summary>
/// A real Blazor Server circuit of the board page <c>/papan</c>, driven without a browser: it connects to
/// <c>/_blazor</c> with the <c>blazorpack</c> protocol, starts the circuit from the page's prerendered
/// component markers, acknowledges every render batch and responds to JavaScript interop calls the way
/// blazor.web.js and MudBlazor's script would. Each batch's tracking codes are recorded on arrival.
/// </summary>
public sealed class BoardCircuit : IBoardObserver, IAsyncDisposable
{
    private static long _renderBatches;
    private static long _renderBytes;
    private static long _interopCalls;

    private readonly HubConnection _connection;
    private readonly Officer _officer;
    private readonly Uri _baseUri;
    private readonly TaskCompletionSource _attached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextObjectId;
    private string? _lastError;
    private volatile bool _closed;

    private BoardCircuit(Officer officer, Uri baseUri)
    {
        _officer = officer;
        _baseUri = baseUri;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "_blazor"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.Cookies = officer.Cookies;
            });
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackHubProtocol());
        _connection = builder.Build();

        // The server pings every 15 s; allow for a busy server (and harness) before calling the circuit dead.
        _connection.ServerTimeout = TimeSpan.FromSeconds(60);
        _connection.HandshakeTimeout = TimeSpan.FromSeconds(60);

        _connection.On<long, byte[]>("JS.RenderBatch", HandleRenderBatchAsync);
        _connection.On<long, string, string?, int, long, int>("JS.BeginInvokeJS", HandleBeginInvokeJSAsync);
        _connection.On<long>("JS.EndUpdateRootComponents", _ => _attached.TrySetResult());
        _connection.On<string>("JS.Error", error =>
        {
            _lastError = error;
            _attached.TrySetException(new InvalidOperationException($"The circuit reported an error: {error}"));
        });
        _connection.Closed += _ =>
        {
            _closed = true;
            return Task.CompletedTask;
        };
    }

    public string OfficeCode => _officer.Office.Code;

    public Sightings Seen { get; } = new();

    public bool IsHealthy => !_closed && _lastError is null;

    public string? CircuitId { get; private set; }

    /// <summary>Milliseconds from connecting to the first render batch of the interactive board.</summary>
    public double StartupMs { get; private set; }

    /// <summary>Every JavaScript identifier the server asked this process's circuits to call, with counts.</summary>
    public static Dictionary<string, int> InteropIdentifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether to print the first call of each JavaScript identifier to standard error.</summary>
    public static bool TraceInterop { get; set; }

    public static long RenderBatches => Interlocked.Read(ref _renderBatches);

    public static long RenderBytes => Interlocked.Read(ref _renderBytes);

    public static long InteropCalls => Interlocked.Read(ref _interopCalls);

    /// <summary>Opens a circuit of the officer's board from markers served by <c>GET /papan</c>.</summary>
    public static async Task<BoardCircuit> OpenAsync(Officer officer, Uri baseUri, PageMarkers markers, CancellationToken cancellationToken)
    {
        var circuit = new BoardCircuit(officer, baseUri);
        try
        {
            await circuit.StartAsync(markers, cancellationToken);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the circuit as a browser does on unload, then drops the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (CircuitId is not null && !_closed)
        {
            try
            {
                using var handler = new HttpClientHandler { CookieContainer = _officer.Cookies };
                using var http = new HttpClient(handler) { BaseAddress = _baseUri, Timeout = TimeSpan.FromSeconds(30) };
                using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["circuitId"] = CircuitId });
                using var _ = await http.PostAsync("_blazor/disconnect", form);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // The circuit then lingers on the server until its disconnected-circuit retention ends.
            }
        }

        _closed = true;
        await _connection.DisposeAsync();
    }

    private async Task StartAsync(PageMarkers markers, CancellationToken cancellationToken)
    {
        var started = BenchClock.NowMs;
        await _connection.StartAsync(cancellationToken);

        var pageUri = new Uri(_baseUri, "papan").ToString();
        CircuitId = await _connection.InvokeAsync<string?>("StartCircuit", _baseUri.ToString(), pageUri, "[]", "", cancellationToken);
        if (CircuitId is null)
        {
            throw new InvalidOperationException($"StartCircuit returned no circuit id for {_officer.Office.OfficerUserName}: {_lastError ?? "no error was sent"}.");
        }

        await _connection.SendAsync("UpdateRootComponents", markers.AddOperationsJson(), markers.ApplicationState, cancellationToken);
        await _attached.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        await _firstBatch.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        StartupMs = BenchClock.NowMs - started;
    }

    private async Task HandleRenderBatchAsync(long batchId, byte[] data)
    {
        var receivedMs = BenchClock.NowMs;
        Interlocked.Increment(ref _renderBatches);
        Interlocked.Add(ref _renderBytes, data.Length);

        var codes = new HashSet<string>(StringComparer.Ordinal);
        TrackingCodeScanner.Scan(data, codes);
        foreach (var code in codes)
        {
            Seen.Record(code, receivedMs);
        }

        // Acknowledging is what lets the server send more: it stops after 10 unacknowledged batches.
        await _connection.SendAsync("OnRenderCompleted", batchId, null);
        _firstBatch.TrySetResult();
    }

    /// <summary>
    /// Answers a JavaScript call the way a browser would, with success and a value of the kind the
    /// caller expects: an object reference for <c>JSObjectReference</c> results, otherwise null.
    /// </summary>
    private async Task HandleBeginInvokeJSAsync(long taskId, string identifier, string? argsJson, int resultType, long targetInstanceId, int callType)
    {
        Interlocked.Increment(ref _interopCalls);
        lock (InteropIdentifiers)
        {
            var count = InteropIdentifiers.GetValueOrDefault(identifier) + 1;
            InteropIdentifiers[identifier] = count;
            if (count == 1 && TraceInterop)
            {
                Console.Error.WriteLine($"JS interop: {identifier}({argsJson}) result type {resultType}, call type {callType}");
            }
        }

        if (taskId == 0)
        {
            return;
        }

        var result = resultType switch
        {
            ResultTypeObjectReference => string.Create(CultureInfo.InvariantCulture, $"{{\"__jsObjectId\":{Interlocked.Increment(ref _nextObjectId)}}}"),
            _ => ResultFor(identifier),
        };
        var payload = new StringBuilder()
            .Append('[').Append(taskId.ToString(CultureInfo.InvariantCulture)).Append(",true,").Append(result).Append(']')
            .ToString();
        await _connection.SendAsync("EndInvokeJSFromDotNet", taskId, true, payload);
    }

    /// <summary>
    /// Values for the calls whose callers read the result (MudBlazor 9 checks that its script is loaded
    /// and counts popover providers, of which the staff layout has one); null serves the rest.
    /// </summary>
    private static string ResultFor(string identifier) => identifier switch
    {
        "window.hasOwnProperty" => "true",
        "mudpopoverHelper.countProviders" => "1",
        _ => "null",
    };

    private const int ResultTypeObjectReference = 1; // Microsoft.JSInterop.JSCallResultType.JSObjectReference
}
