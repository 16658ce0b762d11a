using Layanan.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Layanan.Blazor.Identity;

public static class AccountEndpoints
{
    /// <summary><c>POST /keluar</c> signs the staff member out (a form post with an antiforgery token).</summary>
    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/keluar", async (SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/masuk?keluar=1");
        }).ExcludeFromDescription();
    }
}
