using Layanan.Core.Access;
using Layanan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Layanan.Blazor.Api;

/// <summary>Public reference data: the offices and the service catalog.</summary>
public static class ReferenceEndpoints
{
    public static void MapReferenceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/offices", (OfficeDirectory offices) => offices.All.Select(OfficeDto.From).ToList())
            .WithName("ListOffices")
            .WithSummary("Lists the city, its 6 kecamatan and 29 kelurahan with Kemendagri codes.");

        api.MapGet("/services", async (IDbContextFactory<LayananDbContext> dbFactory, CancellationToken cancellationToken) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var services = await db.Services.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
                return services.Select(ServiceDto.From).ToList();
            })
            .WithName("ListServices")
            .WithSummary("Lists the active services with their requirements, fee and time standards.");
    }
}
