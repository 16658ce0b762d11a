using Hangfire;
using Hangfire.Dashboard;
using Hangfire.Storage.SQLite;
using Layanan.Core.Data;
using Layanan.Core.Identity;

namespace Layanan.Blazor.Jobs;

/// <summary>
/// Hangfire with persistent storage in its own SQLite file beside Layanan's database, its server running
/// inside the app, and its dashboard at <c>/hangfire</c> for Admin Kota only.
/// </summary>
public static class HangfireSetup
{
    public const string DashboardPath = "/hangfire";

    public static IServiceCollection AddLayananJobs(this IServiceCollection services)
    {
        services.AddHangfire((provider, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseSQLiteStorage(provider.GetRequiredService<DataPaths>().HangfireDatabase, new SQLiteStorageOptions
            {
                QueuePollInterval = TimeSpan.FromSeconds(1),
            }));

        services.AddHangfireServer(options =>
        {
            options.ServerName = $"layanan-{Environment.MachineName}-{Environment.ProcessId}";
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            options.TimeZoneResolver = new DefaultTimeZoneResolver();
        });
        return services;
    }

    /// <summary>
    /// Registers the recurring jobs. The SLA sweep, reminders and digests are added here as they land;
    /// each is registered with the <c>Asia/Pontianak</c> time zone.
    /// </summary>
    public static void RegisterRecurringJobs(this IServiceProvider services)
    {
        _ = services.GetRequiredService<IRecurringJobManager>();
    }

    public static void MapLayananJobs(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminKotaDashboardFilter()],
            DashboardTitle = "Layanan — Pekerjaan Latar Belakang",
            DisplayStorageConnectionString = false,
            AppPath = "/",
        });
    }

    /// <summary>
    /// Lets only a signed-in Admin Kota open the dashboard. Hangfire's default filter allows local
    /// requests only, which fails behind a reverse proxy; this filter reads the signed-in user instead.
    /// </summary>
    private sealed class AdminKotaDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.Identity?.IsAuthenticated == true && user.IsInRole(nameof(StaffRole.AdminKota));
        }
    }
}
