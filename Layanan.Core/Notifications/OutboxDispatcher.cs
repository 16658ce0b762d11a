using Layanan.Core.Data;
using Layanan.Core.Notifications.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Layanan.Core.Notifications;

/// <summary>
/// Sends the outbox's due messages, each on its own: a failing channel or recipient does not hold up the
/// rest. Before sending, a row is claimed with a conditional update, so two dispatchers (a retried job, a
/// second server) never send it twice. A failure is retried with backoff until the attempts run out.
/// Delivery is at least once towards a channel: a crash between a successful send and the commit resends.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<LayananDbContext> dbFactory,
    IEnumerable<INotificationChannel> channels,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Messages handled per run; the job runs every minute, so a backlog drains over a few runs.</summary>
    private const int BatchSize = 200;

    /// <summary>How long a claim lasts; far longer than one send's timeout.</summary>
    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);

    /// <summary>Sends what is due now. Returns how many messages were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Outbox.AsNoTracking()
                .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
                .OrderBy(m => m.NextAttemptAt)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var id in due)
        {
            if (await SendOneAsync(id, now, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lockUntil = now + ClaimDuration;
        var claimed = await db.Outbox
            .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockUntil), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var message = await db.Outbox.SingleAsync(m => m.Id == id, cancellationToken);
        var channel = channels.FirstOrDefault(c => c.Channel == message.Channel);
        DeliveryResult result;
        if (channel is null)
        {
            result = new DeliveryResult(false, $"No channel is configured for {message.Channel}.", Permanent: false);
        }
        else
        {
            result = await channel.SendAsync(new NotificationMessage(
                message.Id, message.Channel, message.Recipient, message.Subject, message.Body, message.TrackingCode, message.Kind, message.CreatedAt),
                cancellationToken);
        }

        var finishedAt = time.GetUtcNow();
        if (result.Succeeded)
        {
            message.MarkSent(finishedAt);
        }
        else
        {
            message.MarkFailed(finishedAt, result.Error ?? "unknown error", result.Permanent, options.Value.MaxAttempts);
            if (message.FailedAt is not null)
            {
                NotificationDispatchLog.GaveUp(logger, message.Id, message.Channel, message.Kind, message.Attempts, message.LastError!);
            }
            else
            {
                NotificationDispatchLog.WillRetry(logger, message.Id, message.Channel, message.Attempts, message.NextAttemptAt, message.LastError!);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return result.Succeeded;
    }
}
