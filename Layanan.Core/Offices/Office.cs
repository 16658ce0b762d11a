namespace Layanan.Core.Offices;

/// <summary>
/// A government office, identified by its Kemendagri code, which never changes. Names and spellings
/// may change; <see cref="Name"/> is the common spelling residents use and <see cref="RegisterName"/>
/// the Kemendagri register's.
/// </summary>
public sealed class Office
{
    private Office()
    {
    }

    public Office(
        string code,
        OfficeLevel level,
        string name,
        string registerName,
        string? parentCode,
        string? bpsCode,
        string? postalCode,
        string? postalCodeAlternative)
    {
        Code = code;
        Level = level;
        Name = name;
        RegisterName = registerName;
        ParentCode = parentCode;
        BpsCode = bpsCode;
        PostalCode = postalCode;
        PostalCodeAlternative = postalCodeAlternative;
    }

    /// <summary>Kemendagri code, e.g. <c>61.71.02.1003</c>.</summary>
    public string Code { get; private set; } = "";

    public OfficeLevel Level { get; private set; }

    /// <summary>Common spelling in title case, e.g. <c>Benua Melayu Laut</c>.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Kemendagri register spelling, e.g. <c>Benuamelayu Laut</c>.</summary>
    public string RegisterName { get; private set; } = "";

    public string? ParentCode { get; private set; }

    /// <summary>BPS statistics code; numbered differently from Kemendagri, never derived from it.</summary>
    public string? BpsCode { get; private set; }

    public string? PostalCode { get; private set; }

    /// <summary>A second source's postal code, set only where the sources disagree.</summary>
    public string? PostalCodeAlternative { get; private set; }

    /// <summary>The name with its tier, e.g. <c>Kelurahan Saigon</c>.</summary>
    public string DisplayName => Level switch
    {
        OfficeLevel.Kota => Name,
        OfficeLevel.Kecamatan => "Kecamatan " + Name,
        _ => "Kelurahan " + Name,
    };

    /// <summary>Whether a search text matches either spelling, ignoring case and spaces.</summary>
    public bool Matches(string search)
    {
        static string Squash(string text) => text.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

        var needle = Squash(search);
        return Squash(Name).Contains(needle, StringComparison.Ordinal)
            || Squash(RegisterName).Contains(needle, StringComparison.Ordinal);
    }
}
