using Layanan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Layanan.Core.Notifications;

/// <summary>
/// A staff member's bell (the unread count, the latest notices, marking them read) and their choice of
/// notice hours.
/// </summary>
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

    /// <summary>Returns the staff member's email address and whether they take email outside office hours, or null for an unknown user.</summary>
    public async Task<NotificationPreferences?> GetPreferencesAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new NotificationPreferences(u.Email, u.NotifyOutsideOfficeHours))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Records whether the staff member takes email outside office hours. Returns false for an unknown user.</summary>
    public async Task<bool> SetOutsideOfficeHoursAsync(string userId, bool enabled, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Users
            .Where(u => u.Id == userId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(u => u.NotifyOutsideOfficeHours, enabled), cancellationToken);
        return changed == 1;
    }
}

/// <summary>A staff member's notice settings: the address email goes to, and whether it may arrive outside office hours.</summary>
public sealed record NotificationPreferences(string? Email, bool NotifyOutsideOfficeHours);
