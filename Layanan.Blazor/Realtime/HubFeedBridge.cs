using Layanan.Core.Access;
using Layanan.Core.Realtime;
using Layanan.Core.Requests;
using Microsoft.AspNetCore.SignalR;

namespace Layanan.Blazor.Realtime;

/// <summary>
/// Forwards every change on the board feed to the hub groups of the request's office and of the offices
/// above it, so hub clients and Blazor boards get their updates from the same source.
/// </summary>
public sealed class HubFeedBridge(
    IRequestFeed feed,
    OfficeDirectory offices,
    IHubContext<BoardHub> hub,
    ILogger<HubFeedBridge> logger) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var everyOffice = offices.All.Select(o => o.Code).ToList();
        _subscription = feed.Subscribe(everyOffice, Forward);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The feed delivers a change once per subscriber; this sends it to each group the change concerns.</summary>
    private void Forward(RequestChanged change)
    {
        var message = new RequestChangedMessage(
            change.EventId, change.TrackingCode, change.OfficeCode, change.ServiceCode,
            change.Status.ToString(), RequestText.Status(change.Status), change.Version, change.At);
        var groups = offices.SelfAndAncestors(change.OfficeCode).Select(BoardHub.GroupName).ToList();
        _ = SendAsync(groups, message);
    }

    private async Task SendAsync(IReadOnlyList<string> groups, RequestChangedMessage message)
    {
        try
        {
            await hub.Clients.Groups(groups).SendAsync(BoardHub.ChangedMethod, message);
        }
        catch (Exception exception)
        {
            RealtimeWebLog.HubSendFailed(logger, exception, message.TrackingCode, message.EventId);
        }
    }
}
