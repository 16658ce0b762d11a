using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Layanan.Core.Data;
using Layanan.Tests.TestSupport.Builders;
using Layanan.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

        Assert.Equal(HttpStatusCode.Redirect, anonymousResponse.StatusCode);
        Assert.Equal("/masuk?kembali=%2Fhangfire", anonymousResponse.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, officerResponse.StatusCode);
        Assert.StartsWith("/akses-ditolak", officerResponse.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
    }

    [Theory]
    [InlineData("petugas.saigon", "/masuk", "/papan")]
    [InlineData("walikota", "/masuk", "/ikhtisar")]
    [InlineData("petugas.saigon", "/masuk?kembali=%2Feskalasi", "/eskalasi")]
    [InlineData("petugas.saigon", "/masuk?kembali=https%3A%2F%2Fcontoh.id%2F", "/papan")]
    [InlineData("petugas.saigon", "/masuk?kembali=%2F%2Fcontoh.id%2F", "/papan")]
    public async Task SignIn_RedirectsToRequestedOrHomePage(string username, string signInPath, string expected)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var response = await PostSignInFormAsync(client, signInPath, username);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString);
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

    [Fact]
    public async Task CalendarPage_IsOpenToAdminKotaOnly()
    {
        using var officer = await SignInAsync("petugas.saigon");
        using var admin = await SignInAsync("admin");

        var officerResponse = await officer.GetAsync("/admin/kalender");
        var adminPage = await admin.GetStringAsync("/admin/kalender");

        Assert.Equal(HttpStatusCode.Redirect, officerResponse.StatusCode);
        Assert.StartsWith("/akses-ditolak", officerResponse.Headers.Location!.PathAndQuery);
        Assert.Contains("Kalender Kerja", adminPage);
        Assert.Contains("Jam Pelayanan", adminPage);
    }

    [Fact]
    public async Task BoardPage_RefusesOtherOffice_WithMessage()
    {
        using var officer = await SignInAsync("petugas.saigon");

        var other = await officer.GetStringAsync("/papan/61.71.01.1004");
        var own = await officer.GetStringAsync("/papan/61.71.02.1003");

        Assert.Contains("Anda tidak berwenang melihat papan permohonan Kelurahan Parit Tokaya", other);
        Assert.DoesNotContain("Papan Permohonan — Kelurahan Parit Tokaya", other);
        Assert.Contains("Papan Permohonan — Kelurahan Saigon", own);
    }

    [Fact]
    public async Task UnknownPage_Returns404_WithIndonesianPage()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/tidak-ada-halaman");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman Tidak Ditemukan", page);
    }

    [Fact]
    public async Task TrackPage_SaysWhenNik4DoesNotMatch()
    {
        using var client = app.CreateClient();
        var submitted = await client.PostAsJsonAsync("/api/v1/requests", SubmitRequestBuilder.ValidJson());
        var code = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString();
        var nik4 = SubmitRequestBuilder.ValidNik[^4..];
        var wrong = nik4 == "0000" ? "1111" : "0000";

        var mismatch = await client.GetStringAsync($"/lacak/{code}?nik4={wrong}");
        var match = await client.GetStringAsync($"/lacak/{code}?nik4={nik4}");

        Assert.Contains("4 angka terakhir NIK tidak cocok", mismatch);
        Assert.DoesNotContain(SubmitRequestBuilder.Valid().Name!, mismatch);
        Assert.DoesNotContain("tidak cocok", match);
        Assert.Contains(SubmitRequestBuilder.Valid().Name!, match);
    }

    [Fact]
    public async Task SettingsPage_ShowsOutsideHoursChoice()
    {
        using var officer = await SignInAsync("petugas.saigon");

        var page = await officer.GetStringAsync("/pengaturan");

        Assert.Contains("Kirim email juga di luar jam pelayanan", page);
        Assert.Contains("pukul 07.30 WIB pada hari kerja", page);
    }

    [Fact]
    public async Task EscalationPage_OpensForOfficer()
    {
        using var officer = await SignInAsync("petugas.saigon");

        var page = await officer.GetStringAsync("/eskalasi");

        Assert.Contains("Permohonan kantor Anda yang sudah melewati tenggat", page);
    }

    [Theory]
    [InlineData(null, "", true, true, false, true)]
    [InlineData("warga@contoh.id", "", true, true, true, true)]
    [InlineData("warga@contoh.id", "", false, true, false, true)]
    [InlineData("warga@contoh.id", "0561 734567", true, true, true, false)]
    public async Task SubmitForm_StoresNotificationChoices(
        string? email, string landline, bool tickEmail, bool tickWhatsApp, bool expectedEmail, bool expectedWhatsApp)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/ajukan?kantor=61.71.02.1003&layanan=SKD");
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "ajukan",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Form.OfficeCode"] = "61.71.02.1003",
            ["Form.ServiceCode"] = "SKD",
            ["Form.IdempotencyKey"] = Guid.NewGuid().ToString("N"),
            ["Form.Nik"] = "6171025203900007",
            ["Form.Name"] = "Nur Hasanah",
            ["Form.Address"] = "Jl. Tanjung Raya 2 No. 15, RT 003/RW 002",
            ["Form.Purpose"] = "Persyaratan membuka rekening bank",
            ["Form.Phone"] = landline.Length > 0 ? landline : "081234567890",
            ["Form.Email"] = email ?? "",
            ["Form.ChoicesShown"] = "true",
        };
        if (tickEmail)
        {
            fields["Form.NotifyByEmail"] = "true";
        }

        if (tickWhatsApp)
        {
            fields["Form.NotifyByWhatsApp"] = "true";
        }

        var response = await client.PostAsync("/ajukan?kantor=61.71.02.1003&layanan=SKD", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var code = TrackingCodeInLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
        var factory = app.Services.GetRequiredService<IDbContextFactory<LayananDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var stored = await db.Requests.SingleAsync(r => r.TrackingCode == code);
        Assert.Equal(expectedEmail, stored.NotifyByEmail);
        Assert.Equal(expectedWhatsApp, stored.NotifyByWhatsApp);
    }

    /// <summary>A client signed in through the real sign-in form, holding its cookie.</summary>
    internal async Task<HttpClient> SignInAsync(string username)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostSignInFormAsync(client, "/masuk", username);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Fills in and posts the sign-in form at <paramref name="signInPath"/> with the demo password.</summary>
    private static async Task<HttpResponseMessage> PostSignInFormAsync(HttpClient client, string signInPath, string username)
    {
        var form = await client.GetStringAsync(signInPath);
        return await client.PostAsync(signInPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "masuk",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Input.Username"] = username,
            ["Input.Password"] = LayananAppFactory.DemoPassword,
        }));
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

    [GeneratedRegex("/lacak/([A-Z0-9-]+)")]
    private static partial Regex TrackingCodeInLocation();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetPath();
}
