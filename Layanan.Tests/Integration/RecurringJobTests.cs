using System.Net;
using System.Text.RegularExpressions;
using Cronos;
using Hangfire;
using Hangfire.Storage;
using Layanan.Blazor.Jobs;
using Layanan.Core.Common;
using Layanan.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.Integration;

public sealed class RecurringJobTests(LayananAppFactory app) : IClassFixture<LayananAppFactory>
{
    [Fact]
    public void RecurringJobs_AreRegisteredInWib()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();

        var jobs = connection.GetRecurringJobs();

        Assert.Equal(HangfireSetup.RecurringJobs.Count, jobs.Count);
        foreach (var (id, cron, _) in HangfireSetup.RecurringJobs)
        {
            var job = Assert.Single(jobs, j => j.Id == id);
            Assert.Equal(cron, job.Cron);
            Assert.Equal("Asia/Pontianak", job.TimeZoneId);
        }
    }

    [Fact]
    public void WeekdayJobAt0600Wib_NeverRunsOnWeekend()
    {
        var cron = CronExpression.Parse("0 6 * * 1-5");
        var saturday = new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.FromHours(7));

        var runs = cron.GetOccurrences(saturday.UtcDateTime, saturday.UtcDateTime.AddDays(28), Wib.Zone).ToList();

        Assert.Equal(20, runs.Count);
        Assert.All(runs, run =>
        {
            var local = Wib.ToWib(new DateTimeOffset(run, TimeSpan.Zero));
            Assert.NotEqual(DayOfWeek.Saturday, local.DayOfWeek);
            Assert.NotEqual(DayOfWeek.Sunday, local.DayOfWeek);
            Assert.Equal(new TimeSpan(6, 0, 0), local.TimeOfDay);
        });
        Assert.Equal(new DateTime(2026, 12, 6, 23, 0, 0, DateTimeKind.Utc), runs[0]);
    }

    [Fact]
    public void DailyDigest_NextRunIs0700Wib_OnTheNextWeekday()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var digest = connection.GetRecurringJobs().Single(j => j.Id == "digest-daily");

        var next = Wib.ToWib(new DateTimeOffset(digest.NextExecution!.Value, TimeSpan.Zero));

        Assert.Equal(new TimeSpan(7, 0, 0), next.TimeOfDay);
        Assert.InRange((int)next.DayOfWeek, 1, 5);
    }

    [Fact]
    public async Task Dashboard_ListsRecurringJobsWithWibZone()
    {
        var hosts = new HostTests(app);
        using var admin = await hosts.SignInAsync("admin");

        var response = await admin.GetAsync("/hangfire/recurring");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var (id, _, _) in HangfireSetup.RecurringJobs)
        {
            Assert.Contains(id, page);
        }

        Assert.Contains("Asia/Pontianak", page);
    }

    [Fact]
    public async Task JobsPage_ListsRecurringJobsInIndonesian()
    {
        var hosts = new HostTests(app);
        using var admin = await hosts.SignInAsync("admin");
        using var officer = await hosts.SignInAsync("petugas.saigon");

        var page = await admin.GetStringAsync("/admin/pekerjaan");
        var refused = await officer.GetAsync("/admin/pekerjaan");

        foreach (var (id, _, description) in HangfireSetup.RecurringJobs)
        {
            Assert.Contains(id, page);
            Assert.Contains(description, page);
        }

        Assert.Equal(HangfireSetup.RecurringJobs.Count, Regex.Count(page, ">Asia/Pontianak</td>"));
        Assert.Contains("Jalankan sekarang", page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }
}
