using System.Globalization;

namespace Layanan.Core.Common;

/// <summary>Small text helpers shared by the reference data, the catalog and the forms.</summary>
public static class TextRules
{
    /// <summary>Turns <c>BENUA MELAYU LAUT</c> into <c>Benua Melayu Laut</c>.</summary>
    public static string ToTitleCase(string text) =>
        Wib.Culture.TextInfo.ToTitleCase(text.Trim().ToLower(Wib.Culture));

    /// <summary>Turns an office name into the slug used in demo usernames: <c>benua-melayu-laut</c>.</summary>
    public static string ToSlug(string name) =>
        string.Join('-', name.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Trims and collapses inner runs of white space; null stays null.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts);
    }

    public static string FormatNumber(long value) => value.ToString("N0", Wib.Culture);

    public static string FormatRupiah(decimal amount) =>
        amount == 0 ? "Gratis" : "Rp" + amount.ToString("N0", CultureInfo.GetCultureInfo("id-ID"));
}
