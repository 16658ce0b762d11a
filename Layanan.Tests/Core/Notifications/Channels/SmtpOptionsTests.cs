using System.ComponentModel.DataAnnotations;
using Layanan.Core.Notifications.Channels;
using Microsoft.Extensions.Configuration;

namespace Layanan.Tests.Core.Notifications.Channels;

public class SmtpOptionsTests
{
    [Fact]
    public void Enabled_IsFalse_WhenHostEmpty()
    {
        var options = new SmtpOptions { FromAddress = "noreply@pontianak.go.id" };

        var enabled = options.Enabled;

        Assert.False(enabled);
    }

    [Fact]
    public void Enabled_IsTrue_WhenHostSet()
    {
        var options = new SmtpOptions { Host = "smtp.pontianak.go.id", FromAddress = "noreply@pontianak.go.id" };

        var enabled = options.Enabled;

        Assert.True(enabled);
    }

    [Fact]
    public void Enabled_IsFalse_WhenTurnedOff()
    {
        var options = new SmtpOptions { Host = "smtp.pontianak.go.id", Enabled = false };

        var enabled = options.Enabled;

        Assert.False(enabled);
    }

    [Fact]
    public void Bind_ReadsEverySetting_WhenSectionComplete()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Layanan:Smtp:Host"] = "smtp.pontianak.go.id",
                ["Layanan:Smtp:Port"] = "465",
                ["Layanan:Smtp:SecureSocket"] = "SslOnConnect",
                ["Layanan:Smtp:Username"] = "layanan",
                ["Layanan:Smtp:Password"] = "rahasia-smtp",
                ["Layanan:Smtp:FromAddress"] = "noreply@pontianak.go.id",
                ["Layanan:Smtp:FromName"] = "Pemerintah Kota Pontianak",
                ["Layanan:Smtp:TimeoutSeconds"] = "20",
            })
            .Build();
        var options = new SmtpOptions();

        configuration.GetSection(SmtpOptions.SectionName).Bind(options);

        Assert.Equal("smtp.pontianak.go.id", options.Host);
        Assert.Equal(465, options.Port);
        Assert.Equal(SmtpSecureSocket.SslOnConnect, options.SecureSocket);
        Assert.Equal("layanan", options.Username);
        Assert.Equal("rahasia-smtp", options.Password);
        Assert.Equal("noreply@pontianak.go.id", options.FromAddress);
        Assert.Equal("Pemerintah Kota Pontianak", options.FromName);
        Assert.Equal(20, options.TimeoutSeconds);
        Assert.True(options.Enabled);
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Constructor_SetsDefaults_WhenNothingBound()
    {
        var options = new SmtpOptions();

        Assert.Equal(25, options.Port);
        Assert.Equal(SmtpSecureSocket.StartTlsWhenAvailable, options.SecureSocket);
        Assert.Equal("Layanan Kota Pontianak", options.FromName);
        Assert.Equal(30, options.TimeoutSeconds);
        Assert.False(options.Enabled);
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Validate_ReportsHost_WhenEnabledWithoutHost()
    {
        var options = new SmtpOptions { Enabled = true, FromAddress = "noreply@pontianak.go.id" };

        var errors = Validate(options);

        var error = Assert.Single(errors);
        Assert.Contains("Layanan:Smtp:Host", error.ErrorMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("noreply")]
    [InlineData("Layanan <noreply@pontianak.go.id>")]
    public void Validate_ReportsFromAddress_WhenMissingOrInvalid(string? fromAddress)
    {
        var options = new SmtpOptions { Host = "smtp.pontianak.go.id", FromAddress = fromAddress };

        var errors = Validate(options);

        var error = Assert.Single(errors);
        Assert.Contains("Layanan:Smtp:FromAddress", error.ErrorMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    public void Validate_ReportsPort_WhenOutOfRange(int port)
    {
        var options = new SmtpOptions { Host = "smtp.pontianak.go.id", Port = port, FromAddress = "noreply@pontianak.go.id" };

        var errors = Validate(options);

        var error = Assert.Single(errors);
        Assert.Contains(nameof(SmtpOptions.Port), error.MemberNames);
    }

    private static List<ValidationResult> Validate(SmtpOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
