namespace Layanan.Blazor.Identity;

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    /// <summary>Any signed-in staff member with an office.</summary>
    public const string Staff = "Staff";

    public const string AdminKota = "AdminKota";
}
