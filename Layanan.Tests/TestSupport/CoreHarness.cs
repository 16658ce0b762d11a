using Layanan.Core;
using Layanan.Core.Access;
using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Realtime;
using Layanan.Core.Requests;
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

    public static async Task<CoreHarness> StartAsync()
    {
        var directory = new TempDirectory();
        var time = new FakeTimeProvider(DefaultStart);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new DataPaths(directory.Path))
            .AddSingleton<TimeProvider>(time)
            .AddLayananCore()
            .BuildServiceProvider(validateScopes: true);
        var harness = new CoreHarness(services, time, directory);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
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

    public string OfficeCode(string officeName) => Offices.All.Single(o => o.Name == officeName).Code;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _directory.Dispose();
    }
}
