using Layanan.Core.Requests;

namespace Layanan.Tests.TestSupport.Builders;

/// <summary>Valid submissions by default (Kelurahan Saigon, SKD); tests change what they examine.</summary>
public static class SubmitRequestBuilder
{
    /// <summary>Saigon, Kecamatan Pontianak Timur.</summary>
    public const string SaigonCode = "61.71.02.1003";

    /// <summary>A woman born 12 March 1990 (day 12 + 40 = 52), registered in Pontianak Timur.</summary>
    public const string ValidNik = "6171025203900007";

    public static SubmitRequest Valid(string officeCode = SaigonCode, string serviceCode = "SKD") => new()
    {
        OfficeCode = officeCode,
        ServiceCode = serviceCode,
        Nik = ValidNik,
        Name = "Nur Hasanah",
        Address = "Jl. Tanjung Raya 2 No. 15, RT 003/RW 002",
        Purpose = "Persyaratan membuka rekening bank",
        Phone = "081234567890",
    };

    /// <summary>The same submission as JSON for the API, camelCase.</summary>
    public static object ValidJson(string officeCode = SaigonCode, string serviceCode = "SKD") => new
    {
        officeCode,
        serviceCode,
        nik = ValidNik,
        name = "Nur Hasanah",
        address = "Jl. Tanjung Raya 2 No. 15, RT 003/RW 002",
        purpose = "Persyaratan membuka rekening bank",
        phone = "081234567890",
    };
}
