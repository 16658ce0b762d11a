namespace Layanan.Core.Notifications;

/// <summary>Tells open pages that a staff member's bell changed, after the change committed.</summary>
public sealed class NotificationFeed
{
    public event Action<string>? BellChanged;

    public void Publish(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds.Distinct(StringComparer.Ordinal))
        {
            BellChanged?.Invoke(userId);
        }
    }
}
