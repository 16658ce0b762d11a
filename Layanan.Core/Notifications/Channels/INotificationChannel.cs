namespace Layanan.Core.Notifications.Channels;

/// <summary>
/// Sender for one <see cref="NotificationChannel"/>. A channel makes one attempt per call, and the outbox
/// dispatcher decides whether and when to try again from the returned <see cref="DeliveryResult"/>.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Channel whose messages this sender delivers.</summary>
    NotificationChannel Channel { get; }

    /// <summary>
    /// Sends <paramref name="message"/> once. Expected failures (an unreachable server, a rejected
    /// recipient, a timeout) come back as a failed <see cref="DeliveryResult"/> instead of an exception.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="message"/> is for another channel.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    Task<DeliveryResult> SendAsync(NotificationMessage message, CancellationToken ct);
}
