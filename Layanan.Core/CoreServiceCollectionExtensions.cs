using Layanan.Core.Access;
using Layanan.Core.Calendar;
using Layanan.Core.Data;
using Layanan.Core.Notifications;
using Layanan.Core.Sla;
using Layanan.Core.Realtime;
using Layanan.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Layanan.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers Layanan's domain services and its SQLite database. The host registers
    /// <see cref="DataPaths"/>, which says where the database lives.
    /// </summary>
    public static IServiceCollection AddLayananCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<LayananDbContext>((provider, options) => options
            .UseSqlite(provider.GetRequiredService<DataPaths>().ConnectionString)
            .AddInterceptors(new SqliteBusyTimeoutInterceptor()));

        services.AddSingleton(_ => OfficeDirectory.FromReferenceData());
        services.AddSingleton<OfficeAccess>();
        services.AddSingleton<IRequestFeed, InProcessRequestFeed>();
        services.AddSingleton<RequestService>();
        services.AddSingleton<RequestQueries>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<CalendarService>();
        services.AddOptions<OfficeHoursOptions>();
        services.AddOptions<SlaOptions>();
        services.AddOptions<NotificationOptions>();
        services.AddSingleton<Notifier>();
        services.AddSingleton<NotificationFeed>();
        services.AddSingleton<SlaSweep>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<ScheduledNotices>();
        services.AddSingleton<EscalationQueries>();
        services.AddSingleton<NotificationQueries>();
        return services;
    }
}
