namespace Layanan.Core.Offices;

/// <summary>The tier of a government office in the Kota → Kecamatan → Kelurahan hierarchy.</summary>
public enum OfficeLevel
{
    Kota = 1,
    Kecamatan = 2,
    Kelurahan = 3,
}
