using System.ComponentModel.DataAnnotations;

namespace Layanan.Core.Notifications.Channels;

/// <summary>
/// SMTP server and sender under <c>Layanan:Smtp</c> in appsettings.json (environment variables:
/// <c>Layanan__Smtp__Host</c> and so on). Email is on when <see cref="Host"/> is set.
/// </summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string SectionName = "Layanan:Smtp";

    private bool? enabled;

    /// <summary>Host name or IP address of the SMTP server. Empty turns email off.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public SmtpSecureSocket SecureSocket { get; set; } = SmtpSecureSocket.StartTlsWhenAvailable;

    /// <summary>User name for SMTP AUTH. Empty means the channel sends without authenticating.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Address in the <c>From</c> header and in <c>MAIL FROM</c>, e.g. <c>noreply@pontianak.go.id</c>.</summary>
    public string? FromAddress { get; set; }

    /// <summary>Display name in the <c>From</c> header.</summary>
    [MaxLength(100)]
    public string FromName { get; set; } = "Layanan Kota Pontianak";

    /// <summary>
    /// Sends email. Defaults to true when <see cref="Host"/> is set and false when it is empty. Set it to
    /// false to pause email while keeping the server settings.
    /// </summary>
    public bool Enabled
    {
        get => enabled ?? !string.IsNullOrWhiteSpace(Host);
        set => enabled = value;
    }

    /// <summary>Time limit in seconds for one whole delivery: connect, authenticate, send and disconnect.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Validates the settings that an enabled channel needs: the host and a valid sender address.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult(
                $"{SectionName}:Enabled is true but {SectionName}:Host is missing. Set the SMTP server's host name, or set Enabled to false.",
                [nameof(Host)]);
        }

        if (!SmtpEmailChannel.TryParseMailbox(FromAddress, out _))
        {
            yield return new ValidationResult(
                $"{SectionName}:FromAddress '{FromAddress}' is missing or invalid. Set the sender's address, e.g. \"noreply@pontianak.go.id\".",
                [nameof(FromAddress)]);
        }
    }
}
