using System.Security.Claims;
using Layanan.Core.Identity;

namespace Layanan.Blazor.Identity;

/// <summary>Turns a signed-in principal into the <see cref="StaffActor"/> that Core services act for.</summary>
public static class StaffPrincipal
{
    /// <summary>The actor, or null when the principal is not a staff member with an office and a known role.</summary>
    public static StaffActor? ToActor(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var office = principal.FindFirstValue(StaffClaims.OfficeCode);
        var role = Enum.GetValues<StaffRole>().Cast<StaffRole?>().FirstOrDefault(r => principal.IsInRole(r.ToString()!));
        if (userId is null || office is null || role is null)
        {
            return null;
        }

        var name = principal.FindFirstValue(StaffClaims.FullName) ?? principal.Identity.Name ?? userId;
        return new StaffActor(userId, name, role.Value, office);
    }
}
