using Layanan.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Layanan.Blazor.Identity;

/// <summary>The answer of <c>POST /api/v1/auth/token</c>.</summary>
public sealed record AccessTokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);

/// <summary>
/// Checks a staff member's username and password and issues a bearer token for the API and the hub.
/// Failed attempts count towards Identity's lockout, as a failed sign-in on the page does.
/// </summary>
public sealed class StaffTokenIssuer(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    IUserClaimsPrincipalFactory<StaffUser> principals,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    IOptions<WebOptions> webOptions,
    TimeProvider time)
{
    public async Task<AccessTokenResponse?> IssueAsync(string username, string password)
    {
        var user = await users.FindByNameAsync(username.Trim());
        if (user is null)
        {
            return null;
        }

        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            return null;
        }

        var principal = await principals.CreateAsync(user);
        var expiresAt = time.GetUtcNow().AddHours(webOptions.Value.TokenLifetimeHours);
        var properties = new AuthenticationProperties { IssuedUtc = time.GetUtcNow(), ExpiresUtc = expiresAt };
        var ticket = new AuthenticationTicket(principal, properties, IdentitySetup.BearerScheme);
        var token = bearerOptions.Get(IdentitySetup.BearerScheme).BearerTokenProtector.Protect(ticket);
        return new AccessTokenResponse(token, "Bearer", expiresAt);
    }
}
