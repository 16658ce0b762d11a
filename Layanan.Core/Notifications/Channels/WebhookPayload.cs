namespace Layanan.Core.Notifications.Channels;

/// <summary>
/// JSON body that <see cref="WebhookChannel"/> posts, serialised with camelCase names. The property order
/// is the order in the JSON, and the fields are documented in docs/notifications.md.
/// </summary>
internal sealed record WebhookPayload(
    Guid Id,
    string Channel,
    string To,
    string Subject,
    string Text,
    string? TrackingCode,
    string Kind,
    DateTimeOffset CreatedAt);
