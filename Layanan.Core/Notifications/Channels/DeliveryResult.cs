namespace Layanan.Core.Notifications.Channels;

/// <summary>Outcome of one delivery attempt by an <see cref="INotificationChannel"/>.</summary>
/// <param name="Succeeded">The server or gateway accepted the message.</param>
/// <param name="Error">
/// Reason for a failure, in English for operators and logs. It contains status codes and settings names
/// but no recipient address, phone number or message text, so it can be logged and stored as it is.
/// </param>
/// <param name="Permanent">
/// Retrying cannot help, e.g. an invalid recipient, a 5xx reply to <c>RCPT TO</c>, or a 4xx status from
/// a gateway other than 408 and 429. False for a success and for failures worth retrying.
/// </param>
public sealed record DeliveryResult(bool Succeeded, string? Error, bool Permanent)
{
    /// <summary>Result of an accepted message.</summary>
    public static DeliveryResult Delivered { get; } = new(true, null, false);

    /// <summary>Creates the result of a failure that a later attempt may overcome.</summary>
    public static DeliveryResult TransientFailure(string error) => new(false, error, false);

    /// <summary>Creates the result of a failure that every later attempt would repeat.</summary>
    public static DeliveryResult PermanentFailure(string error) => new(false, error, true);
}
