namespace Layanan.Core.Notifications;

/// <summary>A notice in a staff member's bell (Pemberitahuan). Written with the change that causes it.</summary>
public sealed class InAppNotification
{
    private InAppNotification()
    {
    }

    public InAppNotification(string userId, string title, string body, string kind, string? trackingCode, DateTimeOffset createdAt, string deduplicationKey)
    {
        UserId = userId;
        Title = title;
        Body = body;
        Kind = kind;
        TrackingCode = trackingCode;
        CreatedAt = createdAt;
        DeduplicationKey = deduplicationKey;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string? TrackingCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public string DeduplicationKey { get; private set; } = "";

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
