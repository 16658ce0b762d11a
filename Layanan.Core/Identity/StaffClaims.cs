namespace Layanan.Core.Identity;

/// <summary>Claim types Layanan adds to a staff member's identity, beside the standard role claim.</summary>
public static class StaffClaims
{
    public const string OfficeCode = "layanan:office";

    public const string FullName = "layanan:name";
}
