namespace Layanan.Core.Identity;

/// <summary>Staff roles. The enum names are the ASP.NET Core Identity role names.</summary>
public enum StaffRole
{
    PetugasKelurahan = 1,
    Lurah = 2,
    SekretarisKelurahan = 3,
    PetugasKecamatan = 4,
    Camat = 5,
    SekretarisKecamatan = 6,
    WaliKota = 7,
    AdminKota = 8,
}
