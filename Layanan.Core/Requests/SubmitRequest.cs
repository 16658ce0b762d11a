namespace Layanan.Core.Requests;

/// <summary>A new request as typed by a resident or an officer, before validation. Every field may be missing.</summary>
public sealed record SubmitRequest
{
    public string? OfficeCode { get; init; }

    public string? ServiceCode { get; init; }

    public string? Nik { get; init; }

    public string? Name { get; init; }

    public string? Address { get; init; }

    public string? Purpose { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>Updates by email; when not given, on whenever an email address is given.</summary>
    public bool? NotifyByEmail { get; init; }

    /// <summary>Updates by WhatsApp; when not given, on whenever a phone number is given.</summary>
    public bool? NotifyByWhatsApp { get; init; }
}
