using Layanan.Core.Data;
using Layanan.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;

namespace Layanan.Blazor.Identity;

/// <summary>
/// Sign-in for staff: an Identity cookie for the Blazor pages, and bearer tokens (protected by the
/// app's data-protection keys) for the API and for hub clients, which may pass the token as the
/// <c>access_token</c> query parameter because WebSockets cannot carry headers from a browser.
/// </summary>
public static class IdentitySetup
{
    public const string SelectorScheme = "Layanan";

    public const string BearerScheme = BearerTokenDefaults.AuthenticationScheme;

    public static IServiceCollection AddLayananIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SelectorScheme;
                options.DefaultChallengeScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Cookie or bearer token", options =>
            {
                options.ForwardDefaultSelector = context => CarriesBearerToken(context.Request)
                    ? BearerScheme
                    : IdentityConstants.ApplicationScheme;
            })
            .AddBearerToken(BearerScheme, options =>
            {
                options.Events.OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/hubs")
                        && context.Request.Query.TryGetValue("access_token", out var token))
                    {
                        context.Token = token.ToString();
                    }

                    return Task.CompletedTask;
                };
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/masuk";
            options.LogoutPath = "/keluar";
            options.AccessDeniedPath = "/akses-ditolak";
            options.ReturnUrlParameter = "kembali";
            options.Cookie.Name = "layanan.auth";
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => RejectMachineClientsAsync(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RejectMachineClientsAsync(context, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<StaffUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789.-_";
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LayananDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddErrorDescriber<IndonesianIdentityErrorDescriber>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, policy => policy.RequireAuthenticatedUser().RequireClaim(StaffClaims.OfficeCode))
            .AddPolicy(Policies.AdminKota, policy => policy.RequireRole(nameof(StaffRole.AdminKota)));

        services.AddScoped<StaffTokenIssuer>();
        return services;
    }

    private static bool CarriesBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (request.Path.StartsWithSegments("/hubs") && request.Query.ContainsKey("access_token"));

    /// <summary>API and hub callers get a status code; people in a browser are sent to the sign-in page.</summary>
    private static Task RejectMachineClientsAsync(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int statusCode)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = statusCode;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
