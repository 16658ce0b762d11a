using System.Globalization;
using System.Reflection;
using CsvHelper;
using Layanan.Core.Common;

namespace Layanan.Core.Offices;

/// <summary>
/// Reads the offices of Kota Pontianak from the reference file embedded in this assembly
/// (<c>ReferenceData/pontianak-wilayah.csv</c>: Kemendagri and BPS codes, both spellings, postal codes).
/// </summary>
public static class OfficeReferenceData
{
    public const string KotaCode = "61.71";

    public const string KotaName = "Kota Pontianak";

    /// <summary>Loads the city office followed by the 6 kecamatan and 29 kelurahan of the file.</summary>
    public static IReadOnlyList<Office> Load()
    {
        var offices = new List<Office>
        {
            new(KotaCode, OfficeLevel.Kota, KotaName, "Kota Pontianak", null, "6171", null, null),
        };

        foreach (var row in ReadRows("pontianak-wilayah.csv"))
        {
            var level = row["tingkat"] switch
            {
                "kecamatan" => OfficeLevel.Kecamatan,
                "kelurahan" => OfficeLevel.Kelurahan,
                var other => throw new InvalidDataException($"Unknown tingkat '{other}' in pontianak-wilayah.csv."),
            };

            offices.Add(new Office(
                code: row["kode_kemendagri"],
                level: level,
                name: TextRules.ToTitleCase(row["nama_bps"]),
                registerName: row["nama"],
                parentCode: row["kode_kecamatan_induk"],
                bpsCode: EmptyToNull(row["kode_bps"]),
                postalCode: EmptyToNull(row["kode_pos"]),
                postalCodeAlternative: EmptyToNull(row["kode_pos_alt"])));
        }

        return offices;
    }

    /// <summary>Reads an embedded CSV file (header row, RFC 4180 quoting) into rows keyed by header name.</summary>
    internal static List<IReadOnlyDictionary<string, string>> ReadRows(string fileName)
    {
        using var stream = OpenResource(fileName);
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? throw new InvalidDataException($"{fileName} has no header row.");
        var rows = new List<IReadOnlyDictionary<string, string>>();

        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in header)
            {
                row[column] = csv.GetField(column) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }

    public static Stream OpenResource(string fileName)
    {
        var name = "Layanan.ReferenceData." + fileName;
        return Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded reference file '{name}' is missing from Layanan.Core.");
    }

    private static string? EmptyToNull(string value) => value.Length == 0 ? null : value;
}
