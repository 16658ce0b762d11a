using System.ComponentModel.DataAnnotations;

namespace Layanan.Core.Notifications.Channels;

/// <summary>
/// WhatsApp or SMS gateway under <c>Layanan:Webhook</c> in appsettings.json (environment variables:
/// <c>Layanan__Webhook__Url</c> and so on). The webhook is on when <see cref="Url"/> is set.
/// </summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string SectionName = "Layanan:Webhook";

    private bool? enabled;

    /// <summary>Absolute http or https URL that receives one POST per message. Empty turns the webhook off.</summary>
    public string? Url { get; set; }

    /// <summary>Secret sent as <c>Authorization: Bearer &lt;token&gt;</c>. Empty means no Authorization header.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// Calls the gateway. Defaults to true when <see cref="Url"/> is set and false when it is empty. Set it
    /// to false to pause the webhook while keeping its settings.
    /// </summary>
    public bool Enabled
    {
        get => enabled ?? !string.IsNullOrWhiteSpace(Url);
        set => enabled = value;
    }

    /// <summary>Time limit in seconds for one request, from sending it to receiving the response headers.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>Validates that an enabled webhook has an absolute http or https URL.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && GetUri() is null)
        {
            yield return new ValidationResult(
                $"{SectionName}:Url is missing or is not an absolute http or https URL. Set the gateway's URL, e.g. \"https://gateway.example.id/send\", or set {SectionName}:Enabled to false.",
                [nameof(Url)]);
        }
    }

    /// <summary>Returns <see cref="Url"/> as an absolute http or https URI, or null when it is not one.</summary>
    internal Uri? GetUri() =>
        Uri.TryCreate(Url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
}
