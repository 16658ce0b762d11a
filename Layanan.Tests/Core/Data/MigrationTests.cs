using Layanan.Core.Data;
using Layanan.Core.Requests;
using Layanan.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.Core.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_ApplyToEmptyDatabase_AndMatchModel()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "kosong.db");
        var options = new DbContextOptionsBuilder<LayananDbContext>().UseSqlite($"Data Source={path}").Options;
        await using var db = new LayananDbContext(options);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Model.GetRelationalModel() is null);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Initializer_SwitchesToWal_AndIsRepeatable()
    {
        await using var core = await CoreHarness.StartAsync();

        await core.Services.GetService<DatabaseInitializer>()!.InitializeAsync();

        await using var connection = new SqliteConnection($"Data Source={core.Paths.Database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        await using var db = core.CreateDbContext();
        Assert.Equal(36, await db.Offices.CountAsync());
        Assert.Equal(11, await db.Services.CountAsync());
    }

    [Fact]
    public async Task Instants_SortAndCompareCorrectly_OnSqlite()
    {
        await using var core = await CoreHarness.StartAsync();
        var early = CoreHarness.DefaultStart;
        await core.Requests.SubmitAsync(TestSupport.Builders.SubmitRequestBuilder.Valid(), RequestChannel.Online, null);
        core.Time.Advance(TimeSpan.FromHours(30));
        await core.Requests.SubmitAsync(TestSupport.Builders.SubmitRequestBuilder.Valid(), RequestChannel.Online, null);
        await using var db = core.CreateDbContext();

        var later = await db.Requests.Where(r => r.SubmittedAt > early).ToListAsync();
        var ordered = await db.Requests.OrderByDescending(r => r.SubmittedAt).Select(r => r.SubmittedAt).ToListAsync();

        Assert.Single(later);
        Assert.Equal([early.AddHours(30), early], ordered);
        Assert.Equal(TimeSpan.Zero, ordered[0].Offset);
    }

    [Fact]
    public async Task AuditTrail_RefusesEdits()
    {
        await using var core = await CoreHarness.StartAsync();
        await core.Requests.SubmitAsync(TestSupport.Builders.SubmitRequestBuilder.Valid(), RequestChannel.Online, null);
        await using var db = core.CreateDbContext();
        var created = await db.RequestEvents.SingleAsync();

        db.RequestEvents.Remove(created);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
