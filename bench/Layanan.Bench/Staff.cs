using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Layanan.Bench;

/// <summary>An office as <c>GET /api/v1/offices</c> lists it.</summary>
public sealed record Office(string Code, string Level, string Name, string? ParentCode)
{
    /// <summary>The demo officer of the office, <c>petugas.</c> plus the name in lower case with hyphens for spaces.</summary>
    public string OfficerUserName =>
        "petugas." + string.Join('-', Name.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The two kecamatan digits of a code such as <c>61.71.02</c> (kecamatan) or <c>61.71.02.1003</c> (kelurahan).</summary>
    public string KecamatanDigits => Code.Split('.')[2];

    public bool IsKecamatan => Level == "kecamatan";
}

/// <summary>A signed-in officer of a kelurahan or kecamatan: the sign-in cookie for board pages and a bearer token for the API and hub.</summary>
public sealed class Officer
{
    public required Office Office { get; init; }

    public required CookieContainer Cookies { get; init; }

    public required string AccessToken { get; init; }
}

/// <summary>Signs the demo officers in the way a person and an API client would.</summary>
public static partial class Staff
{
    /// <summary>Lists the offices that handle requests and have a board: every kelurahan and kecamatan, by code.</summary>
    public static async Task<IReadOnlyList<Office>> LoadOfficesAsync(HttpClient api, CancellationToken cancellationToken)
    {
        var offices = await api.GetFromJsonAsync<List<Office>>("api/v1/offices", JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidOperationException("GET /api/v1/offices returned no body.");
        var handling = offices.Where(o => o.Level is "kelurahan" or "kecamatan").OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
        if (!handling.Any(o => o.Level == "kelurahan"))
        {
            throw new InvalidOperationException("GET /api/v1/offices listed no kelurahan.");
        }

        return handling;
    }

    /// <summary>Signs in every office's officer: the sign-in form for a cookie, and the token endpoint.</summary>
    public static async Task<IReadOnlyList<Officer>> SignInAsync(
        Uri baseUri, IReadOnlyList<Office> offices, string password, CancellationToken cancellationToken)
    {
        // Password hashing is deliberately slow on the server, so sign in a few at a time.
        using var gate = new SemaphoreSlim(4);
        var tasks = offices.Select(async office =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var cookies = await SignInWithFormAsync(baseUri, office.OfficerUserName, password, cancellationToken);
                var token = await RequestTokenAsync(baseUri, office.OfficerUserName, password, cancellationToken);
                return new Officer { Office = office, Cookies = cookies, AccessToken = token };
            }
            finally
            {
                gate.Release();
            }
        });
        return await Task.WhenAll(tasks);
    }

    /// <summary>Fills in the static sign-in form at <c>/masuk</c> and returns the cookies it sets.</summary>
    public static async Task<CookieContainer> SignInWithFormAsync(Uri baseUri, string userName, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };

        var form = await http.GetStringAsync("masuk", cancellationToken);
        var token = AntiforgeryTokenPattern().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page /masuk has no __RequestVerificationToken field.");
        }

        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Username"] = userName,
            ["Input.Password"] = password,
            ["_handler"] = "masuk",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value),
        });
        using var response = await http.PostAsync("masuk", body, cancellationToken);
        var signedIn = cookies.GetCookies(baseUri).Any(c => c.Name == "layanan.auth");
        if (response.StatusCode != HttpStatusCode.Redirect || !signedIn)
        {
            throw new InvalidOperationException(
                $"Sign-in of '{userName}' failed: POST /masuk returned {(int)response.StatusCode} and {(signedIn ? "a" : "no")} layanan.auth cookie. Is demo mode on and the demo password right?");
        }

        return cookies;
    }

    public static async Task<string> RequestTokenAsync(Uri baseUri, string userName, string password, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync("api/v1/auth/token", new { username = userName, password }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/v1/auth/token for '{userName}' returned {(int)response.StatusCode}.");
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return document.RootElement.GetProperty("accessToken").GetString()
            ?? throw new InvalidOperationException($"POST /api/v1/auth/token for '{userName}' returned no accessToken.");
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<value>[^"]*)"[^>]*>""")]
    private static partial Regex AntiforgeryTokenPattern();
}
