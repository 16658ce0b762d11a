using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Offices;
using Layanan.Core.Requests;
using Layanan.Core.Sla;
using Layanan.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.Integration;

public sealed class DemoBacklogTests(DemoBacklogTests.SimulatorFactory app) : IClassFixture<DemoBacklogTests.SimulatorFactory>
{
    [Fact]
    public async Task Backlog_CoversEveryKelurahan()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<LayananDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        var requests = await db.Requests.AsNoTracking().ToListAsync();

        Assert.Equal(29 * 3, requests.Count);
        Assert.Equal(29, requests.Count(r => r.Status == RequestStatus.Submitted));
        Assert.Equal(58, requests.Count(r => r.Status == RequestStatus.InReview));
        Assert.Equal(29, requests.Count(r => r.CompletionClock.StartedAt is not null));
        Assert.All(requests, r => Assert.True(r.SubmittedAt < DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task Backlog_FillsOfficeAndCityEscalationLists()
    {
        await app.Services.GetRequiredService<SlaSweep>().RunAsync();
        var escalations = app.Services.GetRequiredService<EscalationQueries>();
        var saigon = app.Services.GetRequiredService<Layanan.Core.Access.OfficeDirectory>().All.Single(o => o.Name == "Saigon").Code;

        var office = await escalations.GetOverdueAsync(new StaffActor("petugas", "Petugas", StaffRole.PetugasKelurahan, saigon));
        var city = await escalations.GetOverdueAsync(new StaffActor("admin", "Admin", StaffRole.AdminKota, OfficeReferenceData.KotaCode));

        Assert.Equal(2, office.Count);
        Assert.Equal(29, city.Count);
    }

    /// <summary>The app with the simulator on, at a rate so low that it submits nothing during the tests.</summary>
    public sealed class SimulatorFactory : LayananAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Layanan:Demo:SimulatorEnabled", "true");
            builder.UseSetting("Layanan:Demo:SubmissionsPerMinute", "0.001");
        }
    }
}
