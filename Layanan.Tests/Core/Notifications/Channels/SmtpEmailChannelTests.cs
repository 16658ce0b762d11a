using Layanan.Core.Notifications.Channels;
using Layanan.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Layanan.Tests.Core.Notifications.Channels;

public class SmtpEmailChannelTests
{
    private const string Sender = "noreply@pontianak.go.id";
    private const string Recipient = "warga.sungaibangkong@contoh.id";
    private const string Subject = "Permohonan H7KM-3QXT-9RWP perlu perbaikan";

    // The line that starts with a dot checks dot-stuffing, and the dash and ellipsis check UTF-8.
    private const string Body =
        "Yth. Bapak/Ibu,\n\n"
        + "Permohonan H7KM-3QXT-9RWP perlu perbaikan — fotokopi KK tidak terbaca.\n"
        + ".pdf atau .jpg, paling besar 2 MB…\n\n"
        + "Terima kasih.";

    private static readonly Guid OutboxId = Guid.Parse("3f6c2a4e-8b1d-4c7a-9e55-1a2b3c4d5e6f");

    [Fact]
    public async Task SendAsync_DeliversEmail_WhenServerAccepts()
    {
        await using var sink = SmtpSink.Start();
        var channel = CreateChannel(Settings(sink));

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.Equal(DeliveryResult.Delivered, result);
        var received = Assert.Single(sink.Messages);
        Assert.Equal(Sender, received.From);
        Assert.Equal([Recipient], received.Recipients);
        using var email = MimeMessage.Load(new MemoryStream(received.Data));
        Assert.Equal(Subject, email.Subject);
        // MailKit ends the SMTP data with a line break, so the received body has one more than Body.
        Assert.Equal(Body + "\n", email.TextBody?.ReplaceLineEndings("\n"));
        var part = Assert.IsType<TextPart>(email.Body);
        Assert.Equal("text/plain", part.ContentType.MimeType);
        Assert.Equal("utf-8", part.ContentType.Charset);
        var from = Assert.Single(email.From.Mailboxes);
        Assert.Equal("Layanan Kota Pontianak", from.Name);
        Assert.Equal(Sender, from.Address);
        Assert.Equal(Recipient, Assert.Single(email.To.Mailboxes).Address);
        Assert.Equal("3f6c2a4e-8b1d-4c7a-9e55-1a2b3c4d5e6f@layanan.pontianak", email.MessageId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 22, 0, 0, TimeSpan.FromHours(7)), email.Date);
        Assert.Equal(TimeSpan.FromHours(7), email.Date.Offset);
        Assert.Equal("auto-generated", email.Headers["Auto-Submitted"]);
    }

    [Fact]
    public async Task SendAsync_RepeatsMessageId_WhenSentTwice()
    {
        await using var sink = SmtpSink.Start();
        var channel = CreateChannel(Settings(sink));
        var message = EmailMessage();

        await channel.SendAsync(message, CancellationToken.None);
        await channel.SendAsync(message, CancellationToken.None);

        Assert.Equal(2, sink.Messages.Count);
        var ids = sink.Messages.Select(received => MimeMessage.Load(new MemoryStream(received.Data)).MessageId).ToList();
        Assert.All(ids, id => Assert.Equal(SmtpEmailChannel.MessageIdFor(OutboxId), id));
    }

    [Fact]
    public async Task SendAsync_ReturnsPermanentFailure_WhenRecipientRejected()
    {
        await using var sink = SmtpSink.Start();
        sink.RejectNextRecipients(1);
        var channel = CreateChannel(Settings(sink));

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.Permanent);
        Assert.Contains("550", result.Error);
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public async Task SendAsync_ReturnsTransientFailure_WhenRecipientDeferred()
    {
        await using var sink = SmtpSink.Start();
        sink.RejectNextRecipients(1, "450 4.2.1 Mailbox busy, try again later");
        var channel = CreateChannel(Settings(sink));

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Permanent);
        Assert.Contains("450", result.Error);
    }

    [Fact]
    public async Task SendAsync_ReturnsTransientFailure_WhenServerRefusesConnection()
    {
        await using var sink = SmtpSink.Start();
        sink.RejectNextConnections(1);
        var channel = CreateChannel(Settings(sink));

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Permanent);
        Assert.Contains("421", result.Error);
        Assert.Equal(1, sink.ConnectionCount);
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public async Task SendAsync_DeliversEmail_WhenRetriedAfterRefusal()
    {
        await using var sink = SmtpSink.Start();
        sink.RejectNextConnections(1);
        var channel = CreateChannel(Settings(sink));
        var first = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        var second = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.False(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.Single(sink.Messages);
    }

    [Fact]
    public async Task SendAsync_ReturnsTransientFailure_WhenPortClosed()
    {
        var settings = new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = LoopbackPorts.FindClosed(),
            SecureSocket = SmtpSecureSocket.None,
            FromAddress = Sender,
        };
        var channel = CreateChannel(settings);

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Permanent);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task SendAsync_ReturnsTransientFailure_WhenServerNeverGreets()
    {
        await using var sink = SmtpSink.Start();
        sink.StallNextConnections(1);
        var settings = Settings(sink);
        settings.TimeoutSeconds = 1;
        var channel = CreateChannel(settings);

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Permanent);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task SendAsync_Throws_WhenCallerCancels()
    {
        await using var sink = SmtpSink.Start();
        sink.StallNextConnections(1);
        var channel = CreateChannel(Settings(sink));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var sending = channel.SendAsync(EmailMessage(), cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bukan-email")]
    [InlineData("warga@")]
    [InlineData("Warga <warga@contoh.id>")]
    [InlineData("a@contoh.id, b@contoh.id")]
    public async Task SendAsync_ReturnsPermanentFailure_WhenRecipientAddressInvalid(string recipient)
    {
        await using var sink = SmtpSink.Start();
        var channel = CreateChannel(Settings(sink));

        var result = await channel.SendAsync(EmailMessage() with { Recipient = recipient }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.Permanent);
        Assert.Equal(0, sink.ConnectionCount);
    }

    [Fact]
    public async Task SendAsync_ReturnsPermanentFailure_WhenHostEmpty()
    {
        var channel = CreateChannel(new SmtpOptions { FromAddress = Sender });

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.Permanent);
        Assert.Contains("Layanan:Smtp:Host", result.Error);
    }

    [Fact]
    public async Task SendAsync_ReturnsPermanentFailure_WhenEmailTurnedOff()
    {
        await using var sink = SmtpSink.Start();
        var settings = Settings(sink);
        settings.Enabled = false;
        var channel = CreateChannel(settings);

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.Permanent);
        Assert.Equal(0, sink.ConnectionCount);
    }

    [Fact]
    public async Task SendAsync_Authenticates_WhenUsernameSet()
    {
        await using var sink = SmtpSink.Start();
        sink.RequireCredentials("layanan", "rahasia-smtp");
        var settings = Settings(sink);
        settings.Username = "layanan";
        settings.Password = "rahasia-smtp";
        var channel = CreateChannel(settings);

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(["layanan"], sink.AuthenticatedUsers);
        Assert.Single(sink.Messages);
    }

    [Fact]
    public async Task SendAsync_SkipsAuthentication_WhenUsernameEmpty()
    {
        await using var sink = SmtpSink.Start();
        sink.RequireCredentials("layanan", "rahasia-smtp");
        var channel = CreateChannel(Settings(sink));

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Empty(sink.AuthenticatedUsers);
    }

    [Fact]
    public async Task SendAsync_ReturnsTransientFailure_WhenCredentialsRejected()
    {
        await using var sink = SmtpSink.Start();
        sink.RequireCredentials("layanan", "rahasia-smtp");
        var settings = Settings(sink);
        settings.Username = "layanan";
        settings.Password = "salah";
        var logger = new RecordingLogger<SmtpEmailChannel>();
        var channel = CreateChannel(settings, logger);

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Permanent);
        Assert.Empty(sink.Messages);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal(7008, entry.EventId.Id);
    }

    [Fact]
    public async Task SendAsync_LogsNoAddress_WhenRecipientRejected()
    {
        await using var sink = SmtpSink.Start();
        sink.RejectNextRecipients(1, $"550 5.1.1 <{Recipient}>: Recipient address rejected");
        var logger = new RecordingLogger<SmtpEmailChannel>();
        var channel = CreateChannel(Settings(sink), logger);

        var result = await channel.SendAsync(EmailMessage(), CancellationToken.None);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(7004, entry.EventId.Id);
        Assert.Contains(OutboxId.ToString(), entry.Message);
        Assert.Contains("request.needsFix", entry.Message);
        Assert.DoesNotContain(Recipient, entry.Message);
        Assert.Null(entry.Exception);
        Assert.DoesNotContain(Recipient, result.Error);
    }

    [Fact]
    public async Task SendAsync_LogsIdAndKind_WhenSent()
    {
        await using var sink = SmtpSink.Start();
        var logger = new RecordingLogger<SmtpEmailChannel>();
        var channel = CreateChannel(Settings(sink), logger);

        await channel.SendAsync(EmailMessage(), CancellationToken.None);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(7001, entry.EventId.Id);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains(OutboxId.ToString(), entry.Message);
        Assert.DoesNotContain(Recipient, entry.Message);
        Assert.DoesNotContain(Subject, entry.Message);
    }

    [Fact]
    public async Task SendAsync_Throws_WhenChannelDiffers()
    {
        var channel = CreateChannel(new SmtpOptions { Host = "127.0.0.1", FromAddress = Sender });
        var message = EmailMessage() with { Channel = NotificationChannel.WhatsApp, Recipient = "081234567890" };

        var sending = channel.SendAsync(message, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(() => sending);
    }

    private static SmtpOptions Settings(SmtpSink sink) => new()
    {
        Host = sink.Host,
        Port = sink.Port,
        SecureSocket = SmtpSecureSocket.None,
        FromAddress = Sender,
        TimeoutSeconds = 10,
    };

    private static SmtpEmailChannel CreateChannel(SmtpOptions settings, ILogger<SmtpEmailChannel>? logger = null) =>
        new(Options.Create(settings), logger ?? new RecordingLogger<SmtpEmailChannel>());

    private static NotificationMessage EmailMessage() => new(
        OutboxId,
        NotificationChannel.Email,
        Recipient,
        Subject,
        Body,
        "H7KM-3QXT-9RWP",
        "request.needsFix",
        new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
}
