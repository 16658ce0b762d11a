using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.TestSupport;

/// <summary>
/// A Kestrel server on 127.0.0.1 that replaces a WhatsApp or SMS gateway in tests. It records every
/// request and responds with the status codes it is given, or 200 once they run out.
/// </summary>
public sealed class WebhookSink : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<Request> requests = [];
    private readonly Queue<int> statusCodes = new();
    private TimeSpan responseDelay;

    private WebhookSink(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>A request as the sink received it.</summary>
    /// <param name="Headers">Request headers by case-insensitive name, with repeated values joined by commas.</param>
    /// <param name="Body">Request body decoded as UTF-8.</param>
    public sealed record Request(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

    /// <summary>URL of the endpoint, e.g. <c>http://127.0.0.1:41234/send</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Requests received so far, in order of arrival.</summary>
    public IReadOnlyList<Request> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Starts a sink on a free loopback port.</summary>
    public static async Task<WebhookSink> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var sink = new WebhookSink(app);
        app.Run(sink.HandleAsync);

        await app.StartAsync();

        // Kestrel replaces port 0 with the port it bound, so the address is known only after the start.
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        sink.Url = new Uri(new Uri(address), "/send");
        return sink;
    }

    /// <summary>Responds to the next requests with <paramref name="codes"/>, one each, in order.</summary>
    public void RespondWith(params int[] codes)
    {
        lock (gate)
        {
            foreach (var code in codes)
            {
                statusCodes.Enqueue(code);
            }
        }
    }

    /// <summary>Waits this long before responding to each request, or until the client gives up.</summary>
    public void DelayResponses(TimeSpan delay)
    {
        lock (gate)
        {
            responseDelay = delay;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(
            header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        int status;
        TimeSpan delay;
        lock (gate)
        {
            requests.Add(new Request(context.Request.Method, context.Request.Path, headers, body));
            status = statusCodes.TryDequeue(out var next) ? next : StatusCodes.Status200OK;
            delay = responseDelay;
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"status\":{status}}}", context.RequestAborted);
    }
}
