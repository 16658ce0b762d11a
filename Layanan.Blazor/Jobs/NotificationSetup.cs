using Layanan.Core.Notifications;
using Layanan.Core.Notifications.Channels;

namespace Layanan.Blazor.Jobs;

public static class NotificationSetup
{
    /// <summary>Registers the email (SMTP) and WhatsApp (webhook gateway) channels and their settings.</summary>
    public static IServiceCollection AddLayananNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<INotificationChannel, SmtpEmailChannel>();

        // One long-lived client whose pooled connections are renewed, so DNS changes of the gateway are seen.
        services.AddSingleton<INotificationChannel>(provider => new WebhookChannel(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>(),
            provider.GetRequiredService<ILogger<WebhookChannel>>()));
        return services;
    }
}
