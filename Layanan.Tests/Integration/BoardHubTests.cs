using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Layanan.Tests.TestSupport;
using Layanan.Tests.TestSupport.Builders;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Layanan.Tests.Integration;

public sealed class BoardHubTests(LayananAppFactory app) : IClassFixture<LayananAppFactory>
{
    private const string Akcaya = "61.71.01.1006";

    /// <summary>How long a test waits for a message that must not come.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Submission_SendsExactlyOneRequestChanged_ToOwnOfficeStream()
    {
        await using var hub = await app.ConnectHubAsync("petugas.saigon");
        var received = Collect(hub);
        await hub.InvokeAsync("SubscribeOffice", SubmitRequestBuilder.SaigonCode);

        var code = await SubmitAsync(SubmitRequestBuilder.SaigonCode);
        var message = await WaitForAsync(received, code);
        await Task.Delay(Quiet);

        Assert.Single(received, m => m.GetProperty("trackingCode").GetString() == code);
        Assert.Equal(SubmitRequestBuilder.SaigonCode, message.GetProperty("officeCode").GetString());
        Assert.Equal("SKD", message.GetProperty("serviceCode").GetString());
        Assert.Equal("Submitted", message.GetProperty("status").GetString());
        Assert.Equal(1, message.GetProperty("version").GetInt32());
        Assert.True(message.TryGetProperty("at", out _));
        Assert.False(message.TryGetProperty("nik", out _));
        Assert.False(message.TryGetProperty("card", out _));
    }

    [Fact]
    public async Task SubscribeOffice_ToAnotherKelurahan_IsRefused_AndReceivesNothing()
    {
        await using var hub = await app.ConnectHubAsync("petugas.saigon");
        var received = Collect(hub);

        var refusal = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SubscribeOffice", Akcaya));
        var code = await SubmitAsync(Akcaya);
        await Task.Delay(Quiet);

        Assert.Contains("tidak berwenang", refusal.Message);
        Assert.DoesNotContain(received, m => m.GetProperty("trackingCode").GetString() == code);
    }

    [Fact]
    public async Task OwnOfficeStream_DoesNotCarryOtherOfficesChanges()
    {
        await using var hub = await app.ConnectHubAsync("petugas.saigon");
        var received = Collect(hub);
        await hub.InvokeAsync("SubscribeOffice", SubmitRequestBuilder.SaigonCode);

        var other = await SubmitAsync(Akcaya);
        var own = await SubmitAsync(SubmitRequestBuilder.SaigonCode);
        await WaitForAsync(received, own);
        await Task.Delay(Quiet);

        Assert.DoesNotContain(received, m => m.GetProperty("trackingCode").GetString() == other);
    }

    [Fact]
    public async Task KecamatanStream_CarriesItsKelurahanChanges_ForCamat()
    {
        await using var hub = await app.ConnectHubAsync("camat.pontianak-timur");
        var received = Collect(hub);
        await hub.InvokeAsync("SubscribeOffice", "61.71.02");

        var code = await SubmitAsync(SubmitRequestBuilder.SaigonCode);

        var message = await WaitForAsync(received, code);
        Assert.Equal(SubmitRequestBuilder.SaigonCode, message.GetProperty("officeCode").GetString());
    }

    [Fact]
    public async Task SubscribeOffice_ToKelurahan_IsAllowedForWaliKota()
    {
        await using var hub = await app.ConnectHubAsync("walikota");
        var received = Collect(hub);
        await hub.InvokeAsync("SubscribeOffice", Akcaya);

        var code = await SubmitAsync(Akcaya);

        await WaitForAsync(received, code);
    }

    [Fact]
    public async Task Hub_RejectsConnection_WithoutToken()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/hubs/board/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Hub_AcceptsTokenAsAccessTokenQueryParameter()
    {
        var token = await app.GetTokenAsync("petugas.saigon");
        using var client = app.CreateClient();

        var response = await client.PostAsync($"/hubs/board/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(token)}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static ConcurrentQueue<JsonElement> Collect(HubConnection hub)
    {
        var received = new ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>("RequestChanged", message => received.Enqueue(message));
        return received;
    }

    private async Task<string> SubmitAsync(string officeCode)
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/requests", SubmitRequestBuilder.ValidJson(officeCode));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;
    }

    /// <summary>Waits up to 10 seconds for the message about <paramref name="trackingCode"/>.</summary>
    private static async Task<JsonElement> WaitForAsync(ConcurrentQueue<JsonElement> received, string trackingCode)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var message in received)
            {
                if (message.GetProperty("trackingCode").GetString() == trackingCode)
                {
                    return message;
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No RequestChanged for {trackingCode} arrived within 10 seconds.");
    }
}
