using System.Text;
using System.Text.Json;
using Layanan.Core.Identity;
using Layanan.Core.Notifications;
using Layanan.Core.Notifications.Channels;
using Layanan.Core.Requests;
using Layanan.Core.Sla;
using Layanan.Tests.TestSupport;
using Layanan.Tests.TestSupport.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Layanan.Tests.Integration;

/// <summary>The outbox dispatcher with the real channels, against an SMTP server and a webhook server on loopback.</summary>
public sealed class NotificationDeliveryTests : IAsyncLifetime
{
    private const string WebhookToken = "rahasia-gateway";

    private CoreHarness _core = default!;
    private SmtpSink _smtp = default!;
    private WebhookSink _webhook = default!;
    private OutboxDispatcher _dispatcher = default!;

    public async Task InitializeAsync()
    {
        _core = await CoreHarness.StartAsync();
        _smtp = SmtpSink.Start();
        _webhook = await WebhookSink.StartAsync();
        var smtp = new SmtpEmailChannel(
            Options.Create(new SmtpOptions { Enabled = true, Host = _smtp.Host, Port = _smtp.Port, SecureSocket = SmtpSecureSocket.None, FromAddress = "layanan@pontianak.test" }),
            NullLogger<SmtpEmailChannel>.Instance);
        var webhook = new WebhookChannel(
            new HttpClient(),
            Options.Create(new WebhookOptions { Enabled = true, Url = _webhook.Url.ToString(), Token = WebhookToken }),
            NullLogger<WebhookChannel>.Instance);
        _dispatcher = new OutboxDispatcher(
            _core.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Layanan.Core.Data.LayananDbContext>>(),
            [smtp, webhook],
            Options.Create(new NotificationOptions()),
            _core.Time,
            NullLogger<OutboxDispatcher>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _webhook.DisposeAsync();
        await _smtp.DisposeAsync();
        await _core.DisposeAsync();
    }

    [Fact]
    public async Task FailingWebhook_IsRetriedWithBackoff_WithoutResendingEmail()
    {
        var code = await ReturnToResidentAsync();
        _webhook.RespondWith(500, 200);

        var firstRun = await _dispatcher.RunAsync();
        var tooEarly = await _dispatcher.RunAsync();
        _core.Time.Advance(OutboxMessage.Backoff(1) + TimeSpan.FromSeconds(1));
        var retry = await _dispatcher.RunAsync();

        Assert.Equal(1, firstRun);
        Assert.Equal(0, tooEarly);
        Assert.Equal(1, retry);
        var email = Assert.Single(_smtp.Messages);
        Assert.Equal(["warga@contoh.id"], email.Recipients);
        var mime = Encoding.UTF8.GetString(email.Data);
        Assert.Contains($"Permohonan {code} perlu perbaikan", mime);
        Assert.Equal(2, _webhook.Requests.Count);
        Assert.Equal(_webhook.Requests[0].Headers["Idempotency-Key"], _webhook.Requests[1].Headers["Idempotency-Key"]);
        await using var db = _core.CreateDbContext();
        Assert.All(await db.Outbox.ToListAsync(), m => Assert.NotNull(m.SentAt));
        Assert.Equal(2, (await db.Outbox.SingleAsync(m => m.Channel == NotificationChannel.WhatsApp)).Attempts);
    }

    [Fact]
    public async Task Webhook_ReceivesDocumentedPayload()
    {
        var code = await ReturnToResidentAsync();

        await _dispatcher.RunAsync();

        var request = Assert.Single(_webhook.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"Bearer {WebhookToken}", request.Headers["Authorization"]);
        using var payload = JsonDocument.Parse(request.Body);
        var root = payload.RootElement;
        await using var db = _core.CreateDbContext();
        var row = await db.Outbox.SingleAsync(m => m.Channel == NotificationChannel.WhatsApp);
        Assert.Equal(row.Id.ToString(), root.GetProperty("id").GetString());
        Assert.Equal(row.Id.ToString(), request.Headers["Idempotency-Key"]);
        Assert.Equal("whatsapp", root.GetProperty("channel").GetString());
        Assert.Equal("081234567890", root.GetProperty("to").GetString());
        Assert.Equal($"Permohonan {code} perlu perbaikan", root.GetProperty("subject").GetString());
        Assert.Contains("Lampirkan pengantar RT", root.GetProperty("text").GetString());
        Assert.Equal(code, root.GetProperty("trackingCode").GetString());
        Assert.Equal("request.NeedsFix", root.GetProperty("kind").GetString());
        Assert.EndsWith("+07:00", root.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task StaffEmailCreatedAt2200_IsDeliveredAtNextOpening()
    {
        await _core.AddStaffAsync(StaffRole.Lurah, "Saigon");
        await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid() with { NotifyByWhatsApp = false }, RequestChannel.Online, null);
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 3, 22, 0));
        await _core.Services.GetRequiredService<SlaSweep>().RunAsync();

        var atNight = await _dispatcher.RunAsync();
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 4, 7, 29));
        var beforeOpening = await _dispatcher.RunAsync();
        _core.Time.SetUtcNow(WibTime.At(2026, 12, 4, 7, 30));
        var atOpening = await _dispatcher.RunAsync();

        Assert.Equal(0, atNight);
        Assert.Equal(0, beforeOpening);
        Assert.Equal(1, atOpening);
        Assert.Equal(["lurah.saigon@pontianak.test"], Assert.Single(_smtp.Messages).Recipients);
    }

    [Fact]
    public async Task RejectedRecipient_IsMarkedFailed_AndNotRetried()
    {
        await ReturnToResidentAsync();
        _smtp.RejectNextRecipients(1);

        await _dispatcher.RunAsync();
        _core.Time.Advance(TimeSpan.FromHours(1));
        await _dispatcher.RunAsync();

        Assert.Empty(_smtp.Messages);
        await using var db = _core.CreateDbContext();
        var email = await db.Outbox.SingleAsync(m => m.Channel == NotificationChannel.Email);
        Assert.NotNull(email.FailedAt);
        Assert.Equal(1, email.Attempts);
    }

    private async Task<string> ReturnToResidentAsync()
    {
        var input = SubmitRequestBuilder.Valid() with { Email = "warga@contoh.id" };
        var code = (await _core.Requests.SubmitAsync(input, RequestChannel.Online, null)).Value!.TrackingCode;
        await _core.Requests.ActAsync(_core.Actor(StaffRole.PetugasKelurahan, "Saigon"), code, RequestAction.Return, "Lampirkan pengantar RT", null);
        return code;
    }
}
