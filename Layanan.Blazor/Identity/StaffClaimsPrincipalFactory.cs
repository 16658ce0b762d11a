using System.Security.Claims;
using Layanan.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Layanan.Blazor.Identity;

/// <summary>Adds the staff member's office and full name to the identity, beside Identity's role claims.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.OfficeCode, user.OfficeCode));
        identity.AddClaim(new Claim(StaffClaims.FullName, user.FullName));
        return identity;
    }
}
