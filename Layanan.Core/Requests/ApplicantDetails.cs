namespace Layanan.Core.Requests;

/// <summary>The resident's validated, normalized personal data for a new request.</summary>
public sealed record ApplicantDetails(string Nik, string Name, string Address, string Purpose, string? Phone, string? Email);
