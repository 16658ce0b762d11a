namespace Layanan.Core.Notifications.Channels;

/// <summary>
/// Route by which a notification reaches a person. The numbers are stored in the database, so existing
/// values must not change.
/// </summary>
public enum NotificationChannel
{
    /// <summary>The bell in the staff or resident pages of the app.</summary>
    InApp = 1,

    /// <summary>Email sent through the SMTP server in <see cref="SmtpOptions"/>.</summary>
    Email = 2,

    /// <summary>WhatsApp message sent through the gateway in <see cref="WebhookOptions"/>.</summary>
    WhatsApp = 3,
}
