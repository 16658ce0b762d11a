using System.Globalization;
using Layanan.Core.Offices;

namespace Layanan.Core.Calendar;

/// <summary>
/// Reads the national holidays and collective leave days from the reference file embedded in this assembly
/// (<c>ReferenceData/hari-libur-indonesia.csv</c>, columns <c>tanggal,nama,jenis,sumber,catatan</c>).
/// </summary>
public static class HolidayReferenceData
{
    private const string FileName = "hari-libur-indonesia.csv";

    /// <summary>
    /// Loads every row of the file in file order. A date listed twice yields two holidays. The
    /// <c>sumber</c> and <c>catatan</c> columns describe where a row came from and are not loaded.
    /// </summary>
    /// <exception cref="InvalidDataException">A row has an invalid date or an unknown <c>jenis</c>.</exception>
    public static IReadOnlyList<Holiday> Load()
    {
        var holidays = new List<Holiday>();

        foreach (var row in OfficeReferenceData.ReadRows(FileName))
        {
            var text = row["tanggal"];
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"The tanggal '{text}' in {FileName} is invalid. Expected yyyy-MM-dd.");
            }

            var kind = row["jenis"] switch
            {
                "libur_nasional" => HolidayKind.LiburNasional,
                "cuti_bersama" => HolidayKind.CutiBersama,
                var other => throw new InvalidDataException(
                    $"The jenis '{other}' of {text} in {FileName} is unknown. Expected libur_nasional or cuti_bersama."),
            };

            holidays.Add(new Holiday(date, row["nama"], kind));
        }

        return holidays;
    }
}
