using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Layanan.Core.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Layanan.Core.Notifications.Channels;

/// <summary>
/// Sends <see cref="NotificationChannel.WhatsApp"/> messages by posting JSON to a WhatsApp or SMS gateway,
/// one request per message. The host supplies the <see cref="HttpClient"/>: a typed client from
/// <see cref="IHttpClientFactory"/>, or one long-lived client whose pooled connections are renewed.
/// </summary>
public sealed class WebhookChannel(HttpClient httpClient, IOptions<WebhookOptions> options, ILogger<WebhookChannel> logger) : INotificationChannel
{
    /// <summary>Header that repeats the outbox id, so the gateway can drop a retried message it already took.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    // Relaxed escaping writes "+07:00" and Indonesian text as they are instead of \u002B and \uXXXX
    // escapes. That is safe here because the body goes to an API and is never embedded in HTML.
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public NotificationChannel Channel => NotificationChannel.WhatsApp;

    /// <inheritdoc />
    public async Task<DeliveryResult> SendAsync(NotificationMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Channel != Channel)
        {
            throw new ArgumentException(
                $"Message {message.Id} is for the {message.Channel} channel, not {Channel}.", nameof(message));
        }

        var settings = options.Value;
        var url = settings.GetUri();
        if (!settings.Enabled || url is null)
        {
            NotificationsLog.WebhookDisabled(logger, Channel, message.Id, message.Kind);
            return DeliveryResult.PermanentFailure($"The gateway webhook is turned off. Set {WebhookOptions.SectionName}:Url to send messages.");
        }

        if (!IsMobileNumber(message.Recipient))
        {
            NotificationsLog.WebhookRecipientInvalid(logger, Channel, message.Id, message.Kind);
            return DeliveryResult.PermanentFailure("The recipient is not a mobile number in the form 08… with 10 to 13 digits.");
        }

        using var request = BuildRequest(message, url, settings);
        var result = await PostAsync(request, message, settings, ct);
        return result;
    }

    /// <summary>
    /// Returns true for an Indonesian mobile number in national form: <c>08</c> followed by digits, 10 to 13
    /// digits in all (e.g. <c>081234567890</c>).
    /// </summary>
    internal static bool IsMobileNumber(string? text) =>
        text is { Length: >= 10 and <= 13 }
        && text.StartsWith("08", StringComparison.Ordinal)
        && text.All(char.IsAsciiDigit);

    /// <summary>Returns the channel's name in the payload's <c>channel</c> field.</summary>
    internal static string PayloadChannelName(NotificationChannel channel) => channel switch
    {
        NotificationChannel.WhatsApp => "whatsapp",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "The webhook carries only WhatsApp messages."),
    };

    private HttpRequestMessage BuildRequest(NotificationMessage message, Uri url, WebhookOptions settings)
    {
        var payload = new WebhookPayload(
            message.Id,
            PayloadChannelName(message.Channel),
            message.Recipient,
            message.Subject,
            message.Body,
            message.TrackingCode,
            message.Kind,
            Wib.ToWib(message.CreatedAt));

        // StringContent sends a Content-Length header, which simple gateway servers may require. JsonContent
        // would use chunked transfer encoding instead.
        var json = JsonSerializer.Serialize(payload, PayloadJson);
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(IdempotencyKeyHeader, message.Id.ToString("D"));
        if (!string.IsNullOrWhiteSpace(settings.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token.Trim());
        }

        return request;
    }

    private async Task<DeliveryResult> PostAsync(HttpRequestMessage request, NotificationMessage message, WebhookOptions settings, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));

        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            NotificationsLog.WebhookTimedOut(logger, Channel, message.Id, message.Kind, settings.TimeoutSeconds);
            return DeliveryResult.TransientFailure($"The gateway did not answer within {settings.TimeoutSeconds} s, the limit set by {WebhookOptions.SectionName}:TimeoutSeconds.");
        }
        catch (HttpRequestException exception)
        {
            NotificationsLog.WebhookRequestFailed(logger, exception, Channel, message.Id, message.Kind);
            return DeliveryResult.TransientFailure($"The request to the gateway failed ({exception.HttpRequestError}).");
        }

        // The status alone decides, so the body, which may repeat the phone number, is never read or logged.
        using (response)
        {
            return Classify(response, message);
        }
    }

    private DeliveryResult Classify(HttpResponseMessage response, NotificationMessage message)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            NotificationsLog.WebhookDelivered(logger, Channel, message.Id, message.Kind, status);
            return DeliveryResult.Delivered;
        }

        // 408 and 429 ask the client to come back later, and 5xx is the gateway's own failure. Every other
        // status (4xx, or a 3xx redirect that was not followed) repeats on a retry of the same request.
        if (status is 408 or 429 or >= 500)
        {
            NotificationsLog.WebhookStatusRetryable(logger, Channel, message.Id, message.Kind, status);
            return DeliveryResult.TransientFailure($"The gateway returned status {status} ({response.StatusCode}).");
        }

        NotificationsLog.WebhookRejected(logger, Channel, message.Id, message.Kind, status);
        return DeliveryResult.PermanentFailure($"The gateway rejected the message with status {status} ({response.StatusCode}).");
    }
}
