using Layanan.Blazor.Identity;

namespace Layanan.Blazor.Api;

/// <summary><c>POST /api/v1/auth/token</c>: a staff username and password for a bearer token.</summary>
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async (HttpContext context, StaffTokenIssuer issuer, CancellationToken cancellationToken) =>
            {
                var (body, problem) = await JsonBody.ReadAsync<TokenBody>(context.Request, cancellationToken);
                if (problem is not null)
                {
                    return problem;
                }

                if (string.IsNullOrWhiteSpace(body!.Username) || string.IsNullOrEmpty(body.Password))
                {
                    return Results.ValidationProblem(
                        new Dictionary<string, string[]>
                        {
                            [string.IsNullOrWhiteSpace(body.Username) ? "username" : "password"] = ["Nama pengguna dan kata sandi wajib diisi."],
                        },
                        title: ApiProblems.TitleFor(StatusCodes.Status422UnprocessableEntity),
                        statusCode: StatusCodes.Status422UnprocessableEntity);
                }

                var token = await issuer.IssueAsync(body.Username, body.Password);
                return token is null
                    ? ApiProblems.Problem(StatusCodes.Status401Unauthorized,
                        "Nama pengguna atau kata sandi salah, atau akun sedang dikunci karena terlalu banyak percobaan. Coba lagi nanti.")
                    : Results.Ok(token with { ExpiresAt = Layanan.Core.Common.Wib.ToWib(token.ExpiresAt) });
            })
            .WithName("IssueToken")
            .WithSummary("Issues a bearer token for the API and the board hub (as access_token).")
            .Accepts<TokenBody>("application/json")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
