using Hangfire;
using Hangfire.Dashboard;
using Hangfire.Storage.SQLite;
using Layanan.Blazor.Identity;
using Layanan.Core.Data;
using Layanan.Core.Calendar;
using Layanan.Core.Common;
using Layanan.Core.Identity;
using Layanan.Core.Notifications;
using Layanan.Core.Sla;

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
        // The storage is this host's own service. Hangfire would otherwise resolve it from its process-wide
        // JobStorage.Current, which the last host to start overwrites when two hosts share a process.
        services.AddSingleton<JobStorage>(provider => new SQLiteStorage(provider.GetRequiredService<DataPaths>().HangfireDatabase, new SQLiteStorageOptions
        {
            QueuePollInterval = TimeSpan.FromSeconds(1),
        }));
        services.AddHangfire((provider, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));

        services.AddHangfireServer(options =>
        {
            options.ServerName = $"layanan-{Environment.MachineName}-{Environment.ProcessId}";
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            options.TimeZoneResolver = new DefaultTimeZoneResolver();
        });
        return services;
    }

    /// <summary>The recurring jobs: id, cron expression in WIB, and what it runs.</summary>
    public static readonly IReadOnlyList<(string Id, string Cron, string Description)> RecurringJobs =
    [
        ("sla-sweep", "* * * * *", "Pengingat dan eskalasi tenggat, setiap menit"),
        ("outbox-dispatch", "* * * * *", "Pengiriman email dan WhatsApp, setiap menit"),
        ("digest-daily", "0 7 * * 1-5", "Ringkasan harian lurah dan camat, 07.00 WIB hari kerja"),
        ("summary-weekly", "0 7 * * 1", "Ringkasan mingguan pimpinan kota, Senin 07.00 WIB"),
        ("uncollected-reminder", "0 8 * * 1-5", "Pengingat surat belum diambil, 08.00 WIB hari kerja"),
        ("calendar-check", "0 6 * * *", "Pemeriksaan hari libur tahun depan, 06.00 WIB"),
    ];

    /// <summary>
    /// Registers the recurring jobs with the <c>Asia/Pontianak</c> time zone, so their schedules follow
    /// WIB whatever the server's zone. Registration is an upsert and safe on every start.
    /// </summary>
    public static void RegisterRecurringJobs(this IServiceProvider services)
    {
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        var options = new RecurringJobOptions { TimeZone = Wib.Zone };
        string Cron(string id) => RecurringJobs.Single(j => j.Id == id).Cron;

        jobs.AddOrUpdate<SlaSweep>("sla-sweep", sweep => sweep.RunAsync(CancellationToken.None), Cron("sla-sweep"), options);
        jobs.AddOrUpdate<OutboxDispatcher>("outbox-dispatch", dispatcher => dispatcher.RunAsync(CancellationToken.None), Cron("outbox-dispatch"), options);
        jobs.AddOrUpdate<ScheduledNotices>("digest-daily", notices => notices.SendDailyDigestsAsync(CancellationToken.None), Cron("digest-daily"), options);
        jobs.AddOrUpdate<ScheduledNotices>("summary-weekly", notices => notices.SendWeeklySummaryAsync(CancellationToken.None), Cron("summary-weekly"), options);
        jobs.AddOrUpdate<ScheduledNotices>("uncollected-reminder", notices => notices.SendUncollectedRemindersAsync(CancellationToken.None), Cron("uncollected-reminder"), options);
        jobs.AddOrUpdate<CalendarService>("calendar-check", calendar => calendar.CheckNextYearHolidaysAsync(CancellationToken.None), Cron("calendar-check"), options);
    }

    public static void MapLayananJobs(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminKotaDashboardFilter()],
            DashboardTitle = "Layanan — Pekerjaan Latar Belakang",
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }).RequireAuthorization(Policies.AdminKota);
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
