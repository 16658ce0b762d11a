using System.Globalization;
using CsvHelper;
using Layanan.Core.Offices;
using Layanan.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Layanan.Tests.Core.Offices;

public sealed class OfficeReferenceDataTests
{
    [Fact]
    public async Task SeededOffices_MatchReferenceFile()
    {
        var expected = ReadReferenceFile();
        await using var core = await CoreHarness.StartAsync();
        await using var db = core.CreateDbContext();

        var stored = await db.Offices.AsNoTracking().Where(o => o.Level != OfficeLevel.Kota).ToListAsync();

        Assert.Equal(35, expected.Count);
        Assert.Equal(35, stored.Count);
        Assert.Equal(6, stored.Count(o => o.Level == OfficeLevel.Kecamatan));
        Assert.Equal(29, stored.Count(o => o.Level == OfficeLevel.Kelurahan));
        foreach (var row in expected)
        {
            var office = Assert.Single(stored, o => o.Code == row["kode_kemendagri"]);
            Assert.Equal(row["nama"], office.RegisterName);
            Assert.Equal(row["kode_kecamatan_induk"], office.ParentCode);
            Assert.Equal(row["kode_bps"], office.BpsCode);
            Assert.Equal(NullIfEmpty(row["kode_pos"]), office.PostalCode);
            Assert.Equal(NullIfEmpty(row["kode_pos_alt"]), office.PostalCodeAlternative);
            Assert.Equal(row["nama_bps"], office.Name.ToUpperInvariant());
        }
    }

    [Fact]
    public void Load_UsesCommonSpelling_AndKeepsRegisterSpelling()
    {
        var offices = OfficeReferenceData.Load();

        var benuaMelayuLaut = offices.Single(o => o.Code == "61.71.01.1002");
        Assert.Equal("Benua Melayu Laut", benuaMelayuLaut.Name);
        Assert.Equal("Benuamelayu Laut", benuaMelayuLaut.RegisterName);
        Assert.True(benuaMelayuLaut.Matches("benuamelayu"));
        Assert.True(benuaMelayuLaut.Matches("Benua Melayu"));
        Assert.Equal("Pal Lima", offices.Single(o => o.Code == "61.71.03.1001").Name);
    }

    [Fact]
    public void Load_KeepsBpsCodeIndependentOfKemendagriCode()
    {
        var offices = OfficeReferenceData.Load();

        var kotabaru = offices.Single(o => o.Code == "61.71.01.1005");
        Assert.Equal("6171010006", kotabaru.BpsCode);
        Assert.Equal("6171031", offices.Single(o => o.Code == "61.71.05").BpsCode);
    }

    /// <summary>Reads the repository's copy of the reference file from disk, independently of the app's loader.</summary>
    private static List<Dictionary<string, string>> ReadReferenceFile()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Layanan.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var path = Path.Combine(directory.FullName, "Layanan.Core", "ReferenceData", "pontianak-wilayah.csv");
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>()
            .Select(record => ((IDictionary<string, object>)record).ToDictionary(p => p.Key, p => (string)p.Value))
            .ToList();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
