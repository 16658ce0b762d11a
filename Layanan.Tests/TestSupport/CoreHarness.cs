using Layanan.Core;
using Layanan.Core.Access;
using Layanan.Core.Calendar;
using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Realtime;
using Layanan.Core.Requests;
using Layanan.Core.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Layanan.Tests.TestSupport;

/// <summary>
/// Layanan.Core wired as the app wires it, on a real SQLite file with the real migrations, and a fake
/// clock starting on a Wednesday morning in WIB.
/// </summary>
public sealed class CoreHarness : IAsyncDisposable
{
    /// <summary>Wednesday 2 December 2026, 09:00 WIB.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _directory;
    private bool _ownsDirectory = true;

    private CoreHarness(ServiceProvider services, FakeTimeProvider time, TempDirectory directory)
    {
        Services = services;
        Time = time;
        _directory = directory;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public RequestService Requests => Services.GetRequiredService<RequestService>();

    public RequestQueries Queries => Services.GetRequiredService<RequestQueries>();

    public IRequestFeed Feed => Services.GetRequiredService<IRequestFeed>();

    public OfficeDirectory Offices => Services.GetRequiredService<OfficeDirectory>();

    public OfficeAccess Access => Services.GetRequiredService<OfficeAccess>();

    public DataPaths Paths => Services.GetRequiredService<DataPaths>();

    public static Task<CoreHarness> StartAsync() => StartAsync(DefaultStart);

    public static Task<CoreHarness> StartAsync(DateTimeOffset start) => StartAsync(new TempDirectory(), new FakeTimeProvider(start));

    /// <summary>Starts at <see cref="DefaultStart"/> with the reminder points set by <paramref name="sla"/>.</summary>
    public static Task<CoreHarness> StartAsync(Action<SlaOptions> sla) =>
        StartAsync(new TempDirectory(), new FakeTimeProvider(DefaultStart), sla: sla);

    /// <summary>
    /// A second instance on the same database and clock, as after a restart, optionally with other reminder
    /// points. It owns neither the database nor the clock.
    /// </summary>
    public Task<CoreHarness> RestartAsync(Action<SlaOptions>? sla = null) => StartAsync(_directory, Time, ownsDirectory: false, sla);

    private static async Task<CoreHarness> StartAsync(
        TempDirectory directory, FakeTimeProvider time, bool ownsDirectory = true, Action<SlaOptions>? sla = null)
    {
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new DataPaths(directory.Path))
            .AddSingleton<TimeProvider>(time)
            .AddLayananCore();
        if (sla is not null)
        {
            collection.Configure(sla);
        }

        var services = collection.BuildServiceProvider(validateScopes: true);
        var harness = new CoreHarness(services, time, directory) { _ownsDirectory = ownsDirectory };
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await services.GetRequiredService<CalendarService>().LoadAndApplyRulesAsync();
        return harness;
    }

    public LayananDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<LayananDbContext>>().CreateDbContext();

    /// <summary>A staff actor of the given role at the office with the given common name.</summary>
    public StaffActor Actor(StaffRole role, string officeName, string? userId = null)
    {
        var office = Offices.All.Single(o => o.Name == officeName);
        return new StaffActor(userId ?? $"{role}-{office.Code}", $"{role} {officeName}", role, office.Code);
    }

    /// <summary>Adds a staff account with an email address, as Admin Kota would.</summary>
    public async Task<StaffUser> AddStaffAsync(StaffRole role, string officeName, bool notifyOutsideOfficeHours = false)
    {
        await using var db = CreateDbContext();
        var slug = officeName.ToLowerInvariant().Replace(' ', '-');
        var user = new StaffUser
        {
            UserName = $"{role.ToString().ToLowerInvariant()}.{slug}",
            NormalizedUserName = $"{role}.{slug}".ToUpperInvariant(),
            Email = $"{role.ToString().ToLowerInvariant()}.{slug}@pontianak.test",
            FullName = $"{StaffRoles.Label(role)} {officeName}",
            OfficeCode = OfficeCode(officeName),
            NotifyOutsideOfficeHours = notifyOutsideOfficeHours,
        };
        db.Users.Add(user);
        var roleId = await db.Roles.Where(r => r.Name == role.ToString()).Select(r => r.Id).SingleAsync();
        db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        await db.SaveChangesAsync();
        return user;
    }

    public string OfficeCode(string officeName) => Offices.All.Single(o => o.Name == officeName).Code;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsDirectory)
        {
            _directory.Dispose();
        }
    }
}
