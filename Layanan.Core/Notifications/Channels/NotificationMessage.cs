namespace Layanan.Core.Notifications.Channels;

/// <summary>
/// One notification for one recipient on one channel, as an outbox row hands it to a channel.
/// </summary>
/// <param name="Id">
/// Outbox row id. Every attempt for the row sends the same id, so a gateway or mail client can recognise a
/// retried delivery (the webhook's <c>Idempotency-Key</c> header, the email's <c>Message-Id</c>).
/// </param>
/// <param name="Channel">Channel that delivers the message.</param>
/// <param name="Recipient">Email address for <see cref="NotificationChannel.Email"/>, or mobile number in
/// the national form <c>08…</c> for <see cref="NotificationChannel.WhatsApp"/>.</param>
/// <param name="Subject">Subject line in Indonesian.</param>
/// <param name="Body">Plain-text body in Indonesian.</param>
/// <param name="TrackingCode">Tracking code of the request the message is about, or null for a message
/// about several requests, such as a daily digest.</param>
/// <param name="Kind">Event type, e.g. <c>request.needsFix</c>, <c>sla.reminder</c>, <c>sla.escalation</c>
/// or <c>digest.daily</c>.</param>
/// <param name="CreatedAt">Instant at which the outbox row was written.</param>
public sealed record NotificationMessage(
    Guid Id,
    NotificationChannel Channel,
    string Recipient,
    string Subject,
    string Body,
    string? TrackingCode,
    string Kind,
    DateTimeOffset CreatedAt);
