using Layanan.Core.Access;
using Layanan.Core.Common;
using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Offices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Layanan.Core.Demo;

/// <summary>
/// Creates one demo account per role and office (<c>petugas.saigon</c>, <c>lurah.benua-melayu-laut</c>,
/// <c>camat.pontianak-timur</c>, <c>walikota</c>, <c>admin</c>) when demo mode is on, and locks every
/// demo account when it is off, so that a production database never has a usable demo login.
/// </summary>
public sealed class DemoAccounts(
    IDbContextFactory<LayananDbContext> dbFactory,
    OfficeDirectory offices,
    DemoMode mode,
    IPasswordHasher<StaffUser> hasher,
    ILogger<DemoAccounts> logger)
{
    /// <summary>The demo accounts to create: username, full name, role, office code.</summary>
    public IReadOnlyList<(string UserName, string FullName, StaffRole Role, string OfficeCode)> Plan()
    {
        var plan = new List<(string, string, StaffRole, string)>();
        foreach (var office in offices.All)
        {
            var roles = office.Level switch
            {
                OfficeLevel.Kelurahan => new[] { StaffRole.PetugasKelurahan, StaffRole.Lurah, StaffRole.SekretarisKelurahan },
                OfficeLevel.Kecamatan => [StaffRole.PetugasKecamatan, StaffRole.Camat, StaffRole.SekretarisKecamatan],
                _ => [StaffRole.WaliKota, StaffRole.AdminKota],
            };

            foreach (var role in roles)
            {
                var prefix = StaffRoles.UsernamePrefix(role);
                var userName = office.Level == OfficeLevel.Kota ? prefix : $"{prefix}.{TextRules.ToSlug(office.Name)}";
                var fullName = office.Level == OfficeLevel.Kota
                    ? $"{StaffRoles.Label(role)} (Demo)"
                    : $"{StaffRoles.Label(role)} {office.Name} (Demo)";
                plan.Add((userName, fullName, role, office.Code));
            }
        }

        return plan;
    }

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!mode.IsEnabled)
        {
            var locked = await db.Users
                .Where(u => u.IsDemo && (u.LockoutEnd == null || u.LockoutEnd < DateTimeOffset.MaxValue))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnabled, true).SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue), cancellationToken);
            if (locked > 0)
            {
                DemoLog.AccountsLocked(logger, locked);
            }

            return;
        }

        var existing = await db.Users.Select(u => u.NormalizedUserName).ToListAsync(cancellationToken);
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var missing = Plan().Where(p => !existing.Contains(p.UserName.ToUpperInvariant())).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // Hashing is deliberately slow; every demo account shares one password, so one hash serves all.
        var hash = hasher.HashPassword(new StaffUser(), mode.Password);
        foreach (var (userName, fullName, role, officeCode) in missing)
        {
            var user = new StaffUser
            {
                UserName = userName,
                NormalizedUserName = userName.ToUpperInvariant(),
                FullName = fullName,
                OfficeCode = officeCode,
                IsDemo = true,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role.ToString()] });
        }

        await db.SaveChangesAsync(cancellationToken);
        DemoLog.AccountsCreated(logger, missing.Count);
    }
}
