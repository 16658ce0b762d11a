using Layanan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Layanan.Core.Notifications;

/// <summary>A staff member's bell: the unread count, the latest notices, and marking them read.</summary>
public sealed class NotificationQueries(IDbContextFactory<LayananDbContext> dbFactory, NotificationFeed bell, TimeProvider time)
{
    public async Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InAppNotifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }

    /// <summary>The newest notices, unread and read, newest first.</summary>
    public async Task<IReadOnlyList<InAppNotification>> ListAsync(string userId, int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InAppNotifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks every unread notice of the user read; only the owner's notices are touched.</summary>
    public async Task MarkAllReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var changed = await db.InAppNotifications
            .Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        if (changed > 0)
        {
            bell.Publish([userId]);
        }
    }
}
