using Layanan.Core.Offices;

namespace Layanan.Core.Identity;

/// <summary>Facts about each staff role: its label, the office tier it works at, its demo username prefix.</summary>
public static class StaffRoles
{
    public static string Label(StaffRole role) => role switch
    {
        StaffRole.PetugasKelurahan => "Petugas Kelurahan",
        StaffRole.Lurah => "Lurah",
        StaffRole.SekretarisKelurahan => "Sekretaris Kelurahan",
        StaffRole.PetugasKecamatan => "Petugas Kecamatan",
        StaffRole.Camat => "Camat",
        StaffRole.SekretarisKecamatan => "Sekretaris Kecamatan",
        StaffRole.WaliKota => "Wali Kota",
        StaffRole.AdminKota => "Admin Kota",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static OfficeLevel WorksAt(StaffRole role) => role switch
    {
        StaffRole.PetugasKelurahan or StaffRole.Lurah or StaffRole.SekretarisKelurahan => OfficeLevel.Kelurahan,
        StaffRole.PetugasKecamatan or StaffRole.Camat or StaffRole.SekretarisKecamatan => OfficeLevel.Kecamatan,
        _ => OfficeLevel.Kota,
    };

    /// <summary>The first part of a demo username, e.g. <c>petugas</c> in <c>petugas.saigon</c>.</summary>
    public static string UsernamePrefix(StaffRole role) => role switch
    {
        StaffRole.PetugasKelurahan or StaffRole.PetugasKecamatan => "petugas",
        StaffRole.Lurah => "lurah",
        StaffRole.SekretarisKelurahan or StaffRole.SekretarisKecamatan => "sekretaris",
        StaffRole.Camat => "camat",
        StaffRole.WaliKota => "walikota",
        _ => "admin",
    };

    public static bool IsCityRole(StaffRole role) => WorksAt(role) == OfficeLevel.Kota;

    public static bool TryParse(string? name, out StaffRole role) =>
        Enum.TryParse(name, ignoreCase: false, out role) && Enum.IsDefined(role);
}
