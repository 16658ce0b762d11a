using System.Text.Json;
using Layanan.Core.Notifications.Channels;
using Layanan.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Layanan.Tests.Core.Notifications.Channels;

public sealed class WebhookChannelTests : IDisposable
{
    private const string Phone = "081234567890";
    private const string Token = "token-gateway-uji";
    private const string Subject = "Permohonan H7KM-3QXT-9RWP perlu perbaikan";
    private const string Text = "Permohonan H7KM-3QXT-9RWP perlu perbaikan — fotokopi KK tidak terbaca. Mohon unggah ulang.";

    private static readonly Guid OutboxId = Guid.Parse("9b2e7c41-5d3a-4f86-a0c2-7e1f4b8d6a35");

    private readonly HttpClient httpClient = new();

    public void Dispose() => httpClient.Dispose();

    [Fact]
    public async Task SendAsync_PostsDocumentedPayload_WhenGatewayAccepts()
    {
        await using var sink = await WebhookSink.StartAsync();
        var channel = CreateChannel(Settings(sink));

        var result = await channel.SendAsync(WhatsAppMessage(), CancellationToken.None);

        Assert.Equal(DeliveryResult.Delivered, result);
        var request = Assert.Single(sink.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/send", request.Path);
        Assert.Equal($"Bearer {Token}", request.Headers["Authorization"]);
        Assert.Equal("9b2e7c41-5d3a-4f86-a0c2-7e1f4b8d6a35", request.Headers["Idempotency-Key"]);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        using var json = JsonDocument.Parse(request.Body);
        var payload = json.RootElement;
        Assert.Equal(
            ["id", "channel", "to", "subject", "text", "trackingCode", "kind", "createdAt"],
            payload.EnumerateObject().Select(property => property.Name));
        Assert.Equal("9b2e7c41-5d3a-4f86-a0c2-7e1f4b8d6a35", payload.GetProperty("id").GetString());
        Assert.Equal("whatsapp", payload.GetProperty("channel").GetString());
        Assert.Equal(Phone, payload.GetProperty("to").GetString());
        Assert.Equal(Subject, payload.GetProperty("subject").GetString());
        Assert.Equal(Text, payload.GetProperty("text").GetString());
        Assert.Equal("H7KM-3QXT-9RWP", payload.GetProperty("trackingCode").GetString());
        Assert.Equal("sla.reminder", payload.GetProperty("kind").GetString());
        Assert.Equal("2026-03-02T22:00:00+07:00", payload.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task SendAsync_WritesTextUnescaped_WhenPosting()
    {
        await using var sink = await WebhookSink.StartAsync();
        var channel = CreateChannel(Settings(sink));

        await channel.SendAsync(WhatsAppMessage(), CancellationToken.None);

        var body = Assert.Single(sink.Requests).Body;
        Assert.Contains("\"createdAt\":\"2026-03-02T22:00:00+07:00\"", body);
        Assert.Contains("perbaikan — fotokopi", body);
    }

    [Fact]
    public async Task SendAsync_WritesNullTrackingCode_WhenMessageHasNone()
    {
        await using var sink = await WebhookSink.StartAsync();
        var channel = CreateChannel(Settings(sink));
        var digest = WhatsAppMessage() with { TrackingCode = null, Kind = "digest.daily" };

        await channel.SendAsync(digest, CancellationToken.None);

        using var json = JsonDocument.Parse(Assert.Single(sink.Requests).Body);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("trackingCode").ValueKind);
        Assert.Equal("digest.daily", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task SendAsync_OmitsAuthorization_WhenTokenEmpty()
    {
        await using var sink = await WebhookSink.StartAsync();
        var settings = Settings(sink);
        settings.Token = "";
        var channel = CreateChannel(settings);

        var result = await channel.SendAsync(WhatsAppMessage(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.False(Assert.Single(sink.Requests).Headers.ContainsKey("Authorization"));
    }

    [Theory]
    [InlineData(200, true, false)]
    [InlineData(202, true, false)]
    [InlineData(204, true, false)]
    [InlineData(400, false, true)]
    [InlineData(401, false, true)]
    [InlineData(404, false, true)]
    [InlineData(422, false, true)]
    [InlineData(408, false, false)]
    [InlineData(429, false, false)]
    [InlineData(500, false, false)]
    [InlineData(502, false, false)]
    [InlineData(503, false, false)]
    public async Task SendAsync_ClassifiesStatus_WhenGatewayAnswers(int status, bool succeeded, bool permanent)
    {
        await using var sink = await WebhookSink.StartAsync();
        sink.RespondWith(status);
        var channel = CreateChannel(Settings(sink));

        var result = await channel.SendAsync(WhatsAppMessage(), CancellationToken.None);

        Assert.Equal(succeeded, result.Succeeded);
        Assert.Equal(permanent, result.Permanent);
        if (!succeeded)
        {
            Assert.Contains(status.ToString(), result.Error);
        }
    }

    [Fact]
    public async Task SendAsync_RepeatsIdempotencyKey_WhenRetried()
    {
        await using var sink = await WebhookSink.StartAsync();
        sink.RespondWith(500);
        var channel = CreateChannel(Settings(sink));
        var message = WhatsAppMessage();
        var first = await channel.SendAsync(message, CancellationToken.None);

        var second = await channel.SendAsync(message, CancellationToken.None);

        Assert.False(first.Succeeded);
        Assert.False(first.Permanent);
        Assert.True(second.Succeeded);
        Assert.Equal(2, sink.Requests.Count);
        Assert.All(sink.Requests, request => Assert.Equal(OutboxId.ToString(), request.Headers["Idempotency-Key"]));
        Assert.Equal(sink.Requests[0].Body, sink.Requests[1].Body);
    }

    [Fact]
    public async Task SendAsync_ReturnsTransientFailure_WhenGatewayUnreachable()
    {
        var settings = new WebhookOptions { Url = $"http://127.0.0.1:{LoopbackPorts.FindClosed()}/send", Token = Token };
        var channel = CreateChannel(settings);

        var result = await channel.SendAsync(WhatsAppMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Permanent);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task SendAsync_ReturnsTransientFailure_WhenTimedOut()
    {
        await using var sink = await WebhookSink.StartAsync();
        sink.DelayResponses(TimeSpan.FromSeconds(10));
        var settings = Settings(sink);
        settings.TimeoutSeconds = 1;
        var channel = CreateChannel(settings);

        var result = await channel.SendAsync(WhatsAppMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Permanent);
        Assert.Contains("TimeoutSeconds", result.Error);
    }

    [Fact]
    public async Task SendAsync_Throws_WhenCallerCancels()
    {
        await using var sink = await WebhookSink.StartAsync();
        sink.DelayResponses(TimeSpan.FromSeconds(10));
        var channel = CreateChannel(Settings(sink));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var sending = channel.SendAsync(WhatsAppMessage(), cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+6281234567890")]
    [InlineData("6281234567890")]
    [InlineData("0812-3456-7890")]
    [InlineData("0561736541")]
    [InlineData("081234567")]
    [InlineData("08123456789012")]
    public async Task SendAsync_ReturnsPermanentFailure_WhenPhoneInvalid(string phone)
    {
        await using var sink = await WebhookSink.StartAsync();
        var channel = CreateChannel(Settings(sink));

        var result = await channel.SendAsync(WhatsAppMessage() with { Recipient = phone }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.Permanent);
        Assert.Empty(sink.Requests);
    }

    [Theory]
    [InlineData("0812345678")]
    [InlineData("0812345678901")]
    public async Task SendAsync_PostsMessage_WhenPhoneLengthAtLimit(string phone)
    {
        await using var sink = await WebhookSink.StartAsync();
        var channel = CreateChannel(Settings(sink));

        var result = await channel.SendAsync(WhatsAppMessage() with { Recipient = phone }, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Single(sink.Requests);
    }

    [Fact]
    public async Task SendAsync_ReturnsPermanentFailure_WhenUrlEmpty()
    {
        var channel = CreateChannel(new WebhookOptions { Token = Token });

        var result = await channel.SendAsync(WhatsAppMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.Permanent);
        Assert.Contains("Layanan:Webhook:Url", result.Error);
    }

    [Fact]
    public async Task SendAsync_ReturnsPermanentFailure_WhenWebhookTurnedOff()
    {
        await using var sink = await WebhookSink.StartAsync();
        var settings = Settings(sink);
        settings.Enabled = false;
        var channel = CreateChannel(settings);

        var result = await channel.SendAsync(WhatsAppMessage(), CancellationToken.None);

        Assert.True(result.Permanent);
        Assert.Empty(sink.Requests);
    }

    [Fact]
    public async Task SendAsync_LogsNoPhoneOrToken_WhenRejected()
    {
        await using var sink = await WebhookSink.StartAsync();
        sink.RespondWith(400);
        var logger = new RecordingLogger<WebhookChannel>();
        var channel = CreateChannel(Settings(sink), logger);

        await channel.SendAsync(WhatsAppMessage(), CancellationToken.None);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(7053, entry.EventId.Id);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains(OutboxId.ToString(), entry.Message);
        Assert.Contains("400", entry.Message);
        Assert.DoesNotContain(Phone, entry.Message);
        Assert.DoesNotContain(Token, entry.Message);
    }

    [Fact]
    public async Task SendAsync_Throws_WhenChannelDiffers()
    {
        await using var sink = await WebhookSink.StartAsync();
        var channel = CreateChannel(Settings(sink));
        var email = WhatsAppMessage() with { Channel = NotificationChannel.Email, Recipient = "warga@contoh.id" };

        var sending = channel.SendAsync(email, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(() => sending);
        Assert.Empty(sink.Requests);
    }

    private static WebhookOptions Settings(WebhookSink sink) => new()
    {
        Url = sink.Url.ToString(),
        Token = Token,
        TimeoutSeconds = 10,
    };

    private WebhookChannel CreateChannel(WebhookOptions settings, ILogger<WebhookChannel>? logger = null) =>
        new(httpClient, Options.Create(settings), logger ?? new RecordingLogger<WebhookChannel>());

    private static NotificationMessage WhatsAppMessage() => new(
        OutboxId,
        NotificationChannel.WhatsApp,
        Phone,
        Subject,
        Text,
        "H7KM-3QXT-9RWP",
        "sla.reminder",
        new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
}
