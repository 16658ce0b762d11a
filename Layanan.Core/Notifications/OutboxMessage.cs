using Layanan.Core.Notifications.Channels;

namespace Layanan.Core.Notifications;

/// <summary>
/// A message waiting to go out by email or WhatsApp. It is written in the same transaction as the change
/// that causes it, so nothing is lost across a crash or restart; the dispatcher sends each row on its own,
/// so one failing channel does not hold up the others. <see cref="DeduplicationKey"/> is unique: a step
/// that runs twice cannot queue the same message twice.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public OutboxMessage(
        NotificationChannel channel, string recipient, string? recipientUserId, string subject, string body, string kind,
        string? trackingCode, DateTimeOffset createdAt, DateTimeOffset notBefore, string deduplicationKey)
    {
        Id = Guid.CreateVersion7(createdAt);
        Channel = channel;
        Recipient = recipient;
        RecipientUserId = recipientUserId;
        Subject = subject;
        Body = body;
        Kind = kind;
        TrackingCode = trackingCode;
        CreatedAt = createdAt;
        NotBefore = notBefore;
        NextAttemptAt = notBefore;
        DeduplicationKey = deduplicationKey;
    }

    public Guid Id { get; private set; }

    public NotificationChannel Channel { get; private set; }

    /// <summary>An email address or a phone number; personal data, never logged.</summary>
    public string Recipient { get; private set; } = "";

    public string? RecipientUserId { get; private set; }

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string? TrackingCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not sent before this instant: staff messages outside office hours wait for the next opening.</summary>
    public DateTimeOffset NotBefore { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>A dispatcher that claimed the row holds it until then, so two dispatchers never send it twice.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Set when attempts ran out or the failure was permanent; the row is kept for the record.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    public string? LastError { get; private set; }

    public string DeduplicationKey { get; private set; } = "";

    internal void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        SentAt = now;
        LockedUntil = null;
        LastError = null;
    }

    internal void MarkFailed(DateTimeOffset now, string error, bool permanent, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        LockedUntil = null;
        if (permanent || Attempts >= maxAttempts)
        {
            FailedAt = now;
            return;
        }

        NextAttemptAt = now + Backoff(Attempts);
    }

    /// <summary>1, 5, 15, 60 minutes, then every 4 hours.</summary>
    public static TimeSpan Backoff(int attempts) => attempts switch
    {
        1 => TimeSpan.FromMinutes(1),
        2 => TimeSpan.FromMinutes(5),
        3 => TimeSpan.FromMinutes(15),
        4 => TimeSpan.FromMinutes(60),
        _ => TimeSpan.FromHours(4),
    };
}
