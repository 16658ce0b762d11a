using System.Net;
using System.Text.RegularExpressions;
using Layanan.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Layanan.Tests.Integration;

public sealed partial class HostTests(LayananAppFactory app) : IClassFixture<LayananAppFactory>
{
    [Fact]
    public async Task Health_Returns200_WhenDatabaseAndJobServerAreUp()
    {
        using var client = app.CreateClient();

        var response = await RetryUntilHealthyAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HangfireDashboard_IsOpenToAdminKotaOnly()
    {
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var officer = await SignInAsync("petugas.saigon");
        using var admin = await SignInAsync("admin");

        var anonymousResponse = await anonymous.GetAsync("/hangfire");
        var officerResponse = await officer.GetAsync("/hangfire");
        var adminResponse = await admin.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
    }

    [Fact]
    public async Task Board_RedirectsToSignIn_WhenAnonymous()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/papan");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsIndonesianMessage()
    {
        using var client = app.CreateClient();
        var form = await client.GetStringAsync("/masuk");

        var response = await client.PostAsync("/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "masuk",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Input.Username"] = "petugas.saigon",
            ["Input.Password"] = "bukan-kata-sandinya",
        }));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("Nama pengguna atau kata sandi salah", page);
    }

    [Fact]
    public async Task ResidentPages_LoadNoScriptAndStayLight()
    {
        using var client = app.CreateClient();

        var page = await client.GetStringAsync("/ajukan?kantor=61.71.02.1003&layanan=SKD");
        var css = await client.GetByteArrayAsync(StylesheetPath().Match(page).Groups[1].Value);

        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("MudBlazor", page);
        Assert.Contains("Surat pengantar RT/RW", page);
        Assert.True(page.Length + css.Length < 200 * 1024, $"The submission page weighs {page.Length + css.Length} bytes.");
    }

    /// <summary>A client signed in through the real sign-in form, holding its cookie.</summary>
    internal async Task<HttpClient> SignInAsync(string username)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/masuk");
        var response = await client.PostAsync("/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "masuk",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Input.Username"] = username,
            ["Input.Password"] = LayananAppFactory.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static string AntiforgeryToken(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    private static async Task<HttpResponseMessage> RetryUntilHealthyAsync(HttpClient client)
    {
        // The job server sends its first heartbeat a moment after start-up.
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.GetAsync("/health");
            if (response.StatusCode == HttpStatusCode.OK || attempt == 50)
            {
                return response;
            }

            await Task.Delay(200);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetPath();
}
