namespace Layanan.Core.Requests;

/// <summary>
/// The resident's validated, normalized personal data for a new request, with the channels they chose
/// for updates (each only where the matching contact was given).
/// </summary>
public sealed record ApplicantDetails(
    string Nik, string Name, string Address, string Purpose, string? Phone, string? Email,
    bool NotifyByEmail = false, bool NotifyByWhatsApp = false);
