using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Layanan.Core.Data;
using Layanan.Tests.TestSupport;
using Layanan.Tests.TestSupport.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.Integration;

public sealed class ApiTests(LayananAppFactory app) : IClassFixture<LayananAppFactory>
{
    [Fact]
    public async Task Offices_ListsCityKecamatanAndKelurahan()
    {
        using var client = app.CreateClient();

        var offices = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/offices");

        Assert.Equal(36, offices!.Length);
        Assert.Equal(6, offices.Count(o => o.GetProperty("level").GetString() == "kecamatan"));
        Assert.Equal(29, offices.Count(o => o.GetProperty("level").GetString() == "kelurahan"));
        var saigon = offices.Single(o => o.GetProperty("code").GetString() == SubmitRequestBuilder.SaigonCode);
        Assert.Equal("Saigon", saigon.GetProperty("name").GetString());
        Assert.Equal("61.71.02", saigon.GetProperty("parentCode").GetString());
    }

    [Fact]
    public async Task Services_ListsCatalogWithTargets()
    {
        using var client = app.CreateClient();

        var services = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/services");

        Assert.Equal(11, services!.Length);
        var waris = services.Single(s => s.GetProperty("code").GetString() == "WARIS");
        Assert.Equal("Surat Keterangan Ahli Waris", waris.GetProperty("name").GetString());
        Assert.Equal(3, waris.GetProperty("completionTarget").GetProperty("value").GetInt32());
        Assert.Equal("workingDays", waris.GetProperty("completionTarget").GetProperty("unit").GetString());
        Assert.Equal("Gratis", waris.GetProperty("feeLabel").GetString());
    }

    [Fact]
    public async Task Submit_Returns201WithTrackingCode_AndStatusIsPublic()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/requests", SubmitRequestBuilder.ValidJson());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var code = body.GetProperty("trackingCode").GetString()!;
        var status = await client.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{code}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/requests/{code}", response.Headers.Location!.OriginalString);
        Assert.EndsWith("+07:00", body.GetProperty("submittedAt").GetString());
        Assert.Equal("submitted", status.GetProperty("status").GetString());
        Assert.Equal("Diajukan", status.GetProperty("statusLabel").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("applicant").ValueKind);
        Assert.EndsWith("T23:59:59+07:00", status.GetProperty("verifyDueAt").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("completionDueAt").ValueKind);
    }

    [Fact]
    public async Task Status_WithNik4_ShowsApplicantWithMaskedNik()
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/requests", SubmitRequestBuilder.ValidJson());
        var code = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString();
        var nik = SubmitRequestBuilder.ValidNik;

        var page = await client.GetStringAsync($"/api/v1/requests/{code}?nik4={nik[^4..]}");
        var applicant = JsonDocument.Parse(page).RootElement.GetProperty("applicant");

        Assert.Equal($"{nik[..6]}******{nik[^4..]}", applicant.GetProperty("maskedNik").GetString());
        Assert.DoesNotContain(nik, page);
    }

    [Fact]
    public async Task Action_UnknownName_ListsAllowedActions()
    {
        using var anonymous = app.CreateClient();
        var submitted = await anonymous.PostAsJsonAsync("/api/v1/requests", SubmitRequestBuilder.ValidJson());
        var code = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString();
        using var officer = await app.CreateClientForAsync("petugas.saigon");

        var response = await officer.PostAsJsonAsync($"/api/v1/requests/{code}/actions", new { action = "fly" });
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Nilai 'action' tidak dikenal. Pilih salah satu: claim, verify, return, sendForApproval, approve, markReady, complete, reject.", detail);
    }

    [Fact]
    public async Task Status_CarriesCompletionDeadline_OnceVerified()
    {
        using var anonymous = app.CreateClient();
        var submitted = await anonymous.PostAsJsonAsync("/api/v1/requests", SubmitRequestBuilder.ValidJson());
        var code = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString();
        using var officer = await app.CreateClientForAsync("petugas.saigon");
        await officer.PostAsJsonAsync($"/api/v1/requests/{code}/actions", new { action = "claim" });

        var verified = await officer.PostAsJsonAsync($"/api/v1/requests/{code}/actions", new { action = "verify" });
        var status = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{code}");

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.EndsWith("T23:59:59+07:00", status.GetProperty("completionDueAt").GetString());
        Assert.EndsWith("+07:00", status.GetProperty("expectedCompletionAt").GetString());
    }

    [Fact]
    public async Task Submit_WithSameIdempotencyKey_ReturnsFirstResultAndStoresOnce()
    {
        using var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();

        var first = await SendWithKeyAsync(client, key);
        var second = await SendWithKeyAsync(client, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var firstCode = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString();
        var secondCode = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString();
        Assert.Equal(firstCode, secondCode);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountAsync(r => r.IdempotencyKey == key));
    }

    [Theory]
    [InlineData("nik", "6171013203900001", "tanggal lahir")]
    [InlineData("officeCode", "00.00", "tidak ditemukan")]
    [InlineData("serviceCode", "TIDAKADA", "tidak ditemukan")]
    [InlineData("name", "", "wajib diisi")]
    public async Task Submit_WithBadField_Returns422NamingFieldAndStoresNothing(string field, string value, string message)
    {
        using var client = app.CreateClient();
        var marker = $"Penanda {Guid.NewGuid():N}";
        var body = new Dictionary<string, object?>
        {
            ["officeCode"] = SubmitRequestBuilder.SaigonCode,
            ["serviceCode"] = "SKD",
            ["nik"] = SubmitRequestBuilder.ValidNik,
            ["name"] = "Nur Hasanah",
            ["address"] = "Jl. Tanjung Raya 2",
            ["purpose"] = marker,
            ["phone"] = "081234567890",
        };
        body[field] = value;

        var response = await client.PostAsJsonAsync("/api/v1/requests", body);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Isian tidak valid", problem.GetProperty("title").GetString());
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(0, await CountAsync(r => r.Purpose == marker));
    }

    [Fact]
    public async Task Submit_WithMissingFields_NamesEachField()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/requests", new { officeCode = SubmitRequestBuilder.SaigonCode });
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        foreach (var field in new[] { "serviceCode", "nik", "name", "address", "purpose", "phone" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No message for {field}.");
        }
    }

    [Fact]
    public async Task Submit_WithOversizedText_Returns422WithLimit()
    {
        using var client = app.CreateClient();
        var body = new Dictionary<string, object?>
        {
            ["officeCode"] = SubmitRequestBuilder.SaigonCode,
            ["serviceCode"] = "SKD",
            ["nik"] = SubmitRequestBuilder.ValidNik,
            ["name"] = new string('N', 101),
            ["address"] = "Jl. A",
            ["purpose"] = "B",
            ["phone"] = "081234567890",
        };

        var response = await client.PostAsJsonAsync("/api/v1/requests", body);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("paling banyak 100", problem.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task Submit_WithHugeBody_Returns413InIndonesian()
    {
        using var client = app.CreateClient();
        var json = JsonSerializer.Serialize(new { officeCode = "x", purpose = new string('a', 70_000) });

        var response = await client.PostAsync("/api/v1/requests", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("melebihi 64 KB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Submit_WithBrokenJson_Returns400InIndonesian()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/v1/requests", new StringContent("{\"nik\": 6171", Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bukan JSON yang valid", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Status_OfUnknownCode_Returns404InIndonesian()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/requests/AAAA-CCCC-DDDD");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Tidak ditemukan", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Token_WithWrongPassword_Returns401()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "petugas.akcaya", password = "salah-sekali" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_ForDemoOfficer_CarriesExpiry()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "petugas.saigon", password = LayananAppFactory.DemoPassword });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.True(body.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(7));
    }

    [Fact]
    public async Task Board_OfOwnOffice_IsReturned_AndOtherOfficeIsForbidden()
    {
        using var officer = await app.CreateClientForAsync("petugas.saigon");
        using var anonymous = app.CreateClient();
        await anonymous.PostAsJsonAsync("/api/v1/requests", SubmitRequestBuilder.ValidJson());

        var own = await officer.GetAsync($"/api/v1/offices/{SubmitRequestBuilder.SaigonCode}/requests");
        var other = await officer.GetAsync("/api/v1/offices/61.71.01.1006/requests");
        var unauthenticated = await anonymous.GetAsync($"/api/v1/offices/{SubmitRequestBuilder.SaigonCode}/requests");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var board = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEmpty(board.GetProperty("requests").EnumerateArray());
        Assert.All(board.GetProperty("requests").EnumerateArray(), r => Assert.Contains("******", r.GetProperty("maskedNik").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    [Fact]
    public async Task Action_OnOwnRequest_Succeeds_AndOnOtherOfficesIsNotFound()
    {
        using var anonymous = app.CreateClient();
        var submitted = await anonymous.PostAsJsonAsync("/api/v1/requests", SubmitRequestBuilder.ValidJson());
        var code = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString();
        using var stranger = await app.CreateClientForAsync("petugas.akcaya");
        using var officer = await app.CreateClientForAsync("petugas.saigon");

        var refused = await stranger.PostAsJsonAsync($"/api/v1/requests/{code}/actions", new { action = "claim" });
        var claimed = await officer.PostAsJsonAsync($"/api/v1/requests/{code}/actions", new { action = "claim", expectedVersion = 1 });

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal("inReview", (await claimed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesRequestEndpoints()
    {
        using var client = app.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/requests", out _));
        Assert.True(paths.TryGetProperty("/api/v1/requests/{trackingCode}", out _));
        Assert.False(paths.TryGetProperty("/keluar", out _));
        foreach (var path in new[] { "/api/v1/requests", "/api/v1/auth/token", "/api/v1/requests/{trackingCode}/actions" })
        {
            var body = paths.GetProperty(path).GetProperty("post").GetProperty("requestBody");
            Assert.True(body.GetProperty("content").TryGetProperty("application/json", out _), $"{path} has no JSON request body.");
        }
    }

    private static Task<HttpResponseMessage> SendWithKeyAsync(HttpClient client, string key)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests") { Content = JsonContent.Create(SubmitRequestBuilder.ValidJson()) };
        message.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(message);
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<Layanan.Core.Requests.ServiceRequest, bool>> predicate)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<LayananDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Requests.CountAsync(predicate);
    }
}
