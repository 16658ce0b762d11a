using System.Globalization;

namespace Layanan.Core.Requests;

/// <summary>The result of checking a NIK: valid with its decoded parts, or invalid with an Indonesian reason.</summary>
public sealed record NikCheck(bool IsValid, string? Error, DateOnly? BirthDate, bool? IsFemale)
{
    public static NikCheck Invalid(string error) => new(false, error, null, null);
}

/// <summary>
/// Validates a Nomor Induk Kependudukan: 16 digits laid out as <c>PP KK CC DDMMYY SSSS</c> (province,
/// regency or city, kecamatan, birth date with 40 added to the day for women, serial). A NIK issued
/// outside Pontianak is accepted: residents keep their NIK when they move.
/// </summary>
public static class NikValidator
{
    /// <summary>
    /// Kemendagri province codes from 11 to 94: Sumatra 11–19 and 21, Java and Bali 31–36 and 51,
    /// Nusa Tenggara 52–53, Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–94.
    /// </summary>
    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
        31, 32, 33, 34, 35, 36,
        51, 52, 53,
        61, 62, 63, 64, 65,
        71, 72, 73, 74, 75, 76,
        81, 82,
        91, 92, 93, 94,
    ];

    /// <param name="nik">The NIK as typed; spaces and dots between digit groups are ignored.</param>
    /// <param name="today">The current WIB date: a two-digit birth year later than this year's is 19xx.</param>
    public static NikCheck Check(string? nik, DateOnly today)
    {
        var digits = Normalize(nik);
        if (digits.Length == 0)
        {
            return NikCheck.Invalid("NIK wajib diisi. Salin 16 angka NIK dari KTP atau Kartu Keluarga.");
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            return NikCheck.Invalid("NIK hanya boleh berisi angka. Salin 16 angka NIK dari KTP atau Kartu Keluarga.");
        }

        if (digits.Length != 16)
        {
            return NikCheck.Invalid($"NIK harus 16 angka, sedangkan yang diisi {digits.Length} angka. Periksa kembali NIK pada KTP.");
        }

        var province = Number(digits, 0, 2);
        if (!ProvinceCodes.Contains(province))
        {
            return NikCheck.Invalid($"Dua angka pertama NIK ({digits[..2]}) bukan kode provinsi yang dikenal. Periksa kembali NIK pada KTP.");
        }

        var day = Number(digits, 6, 2);
        var month = Number(digits, 8, 2);
        var shortYear = Number(digits, 10, 2);
        var isFemale = day > 40;
        if (isFemale)
        {
            day -= 40;
        }

        var century = shortYear <= today.Year % 100 ? 2000 : 1900;
        var year = century + shortYear;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return NikCheck.Invalid(
                $"Angka ke-7 sampai ke-12 NIK ({digits.Substring(6, 6)}) bukan tanggal lahir yang ada. Periksa kembali NIK pada KTP.");
        }

        if (digits[12..] == "0000")
        {
            return NikCheck.Invalid("Empat angka terakhir NIK tidak boleh 0000. Periksa kembali NIK pada KTP.");
        }

        return new NikCheck(true, null, new DateOnly(year, month, day), isFemale);
    }

    /// <summary>Removes the spaces, dots and hyphens people type between digit groups.</summary>
    public static string Normalize(string? nik) =>
        nik is null ? "" : string.Concat(nik.Where(c => c is not (' ' or '.' or '-')));

    /// <summary>Masks a NIK for boards: <c>617101******0001</c>.</summary>
    public static string Mask(string nik) =>
        nik.Length == 16 ? string.Concat(nik.AsSpan(0, 6), "******", nik.AsSpan(12, 4)) : "****************";

    private static int Number(string digits, int start, int length) =>
        int.Parse(digits.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}
