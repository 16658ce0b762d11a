using Layanan.Core.Calendar;
using Layanan.Core.Catalog;
using Layanan.Core.Identity;
using Layanan.Core.Offices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Layanan.Core.Data;

/// <summary>
/// Brings the database up to date at start-up: applies the migrations, switches SQLite to WAL mode
/// (readers do not block the writer) and seeds the reference data that is missing: the offices of
/// Kota Pontianak, the service catalog and the staff roles. Seeding only inserts, so edits made by
/// Admin Kota survive restarts.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<LayananDbContext> dbFactory,
    DataPaths paths,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.Directory);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        var knownOffices = await db.Offices.Select(o => o.Code).ToListAsync(cancellationToken);
        var newOffices = OfficeReferenceData.Load().Where(o => !knownOffices.Contains(o.Code)).ToList();
        db.Offices.AddRange(newOffices);

        var knownServices = await db.Services.Select(s => s.Code).ToListAsync(cancellationToken);
        var newServices = ServiceCatalogSeed.Create().Where(s => !knownServices.Contains(s.Code)).ToList();
        db.Services.AddRange(newServices);

        var knownRoles = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Enum.GetNames<StaffRole>().Where(name => !knownRoles.Contains(name)))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }

        // Holidays are seeded once: after that, Admin Kota owns the list, including removals.
        if (!await db.Holidays.AnyAsync(cancellationToken))
        {
            db.Holidays.AddRange(HolidayReferenceData.Load());
        }

        await db.SaveChangesAsync(cancellationToken);
        DataLog.Initialized(logger, paths.Database, newOffices.Count, newServices.Count);
    }
}
