using System.ComponentModel.DataAnnotations;
using Layanan.Core.Notifications.Channels;

namespace Layanan.Tests.Core.Notifications.Channels;

public class WebhookOptionsTests
{
    [Fact]
    public void Enabled_IsFalse_WhenUrlEmpty()
    {
        var options = new WebhookOptions();

        var enabled = options.Enabled;

        Assert.False(enabled);
    }

    [Fact]
    public void Enabled_IsTrue_WhenUrlSet()
    {
        var options = new WebhookOptions { Url = "https://gateway.contoh.id/send" };

        var enabled = options.Enabled;

        Assert.True(enabled);
    }

    [Fact]
    public void Constructor_SetsDefaults_WhenNothingBound()
    {
        var options = new WebhookOptions();

        Assert.Equal(15, options.TimeoutSeconds);
        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData("https://gateway.contoh.id/send")]
    [InlineData("http://wa-gateway:3000/send")]
    public void Validate_Passes_WhenUrlIsAbsoluteHttp(string url)
    {
        var options = new WebhookOptions { Url = url };

        var errors = Validate(options);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("gateway.contoh.id/send")]
    [InlineData("/send")]
    [InlineData("ftp://gateway.contoh.id/send")]
    public void Validate_ReportsUrl_WhenNotAbsoluteHttp(string url)
    {
        var options = new WebhookOptions { Url = url };

        var errors = Validate(options);

        var error = Assert.Single(errors);
        Assert.Contains("Layanan:Webhook:Url", error.ErrorMessage);
    }

    [Fact]
    public void Validate_ReportsUrl_WhenEnabledWithoutUrl()
    {
        var options = new WebhookOptions { Enabled = true };

        var errors = Validate(options);

        Assert.Single(errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(301)]
    public void Validate_ReportsTimeout_WhenOutOfRange(int seconds)
    {
        var options = new WebhookOptions { Url = "https://gateway.contoh.id/send", TimeoutSeconds = seconds };

        var errors = Validate(options);

        var error = Assert.Single(errors);
        Assert.Contains(nameof(WebhookOptions.TimeoutSeconds), error.MemberNames);
    }

    private static List<ValidationResult> Validate(WebhookOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
