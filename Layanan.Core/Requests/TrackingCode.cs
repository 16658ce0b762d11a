using System.Security.Cryptography;

namespace Layanan.Core.Requests;

/// <summary>
/// Kode Permohonan: 12 characters in three groups, e.g. <c>H7KM-3QXT-9RWP</c>, drawn by a cryptographic
/// random generator from 23 characters that are hard to confuse when read aloud or copied by hand
/// (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V). That is 23^12, about 2^54 codes, so they cannot be guessed.
/// </summary>
public static class TrackingCode
{
    private const string Alphabet = "ACDEFGHJKMNPQRTWXY34679";

    private const int GroupLength = 4;

    private const int Groups = 3;

    public static string New()
    {
        Span<char> code = stackalloc char[(GroupLength * Groups) + Groups - 1];
        var position = 0;
        for (var group = 0; group < Groups; group++)
        {
            if (group > 0)
            {
                code[position++] = '-';
            }

            for (var i = 0; i < GroupLength; i++)
            {
                code[position++] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        }

        return new string(code);
    }

    /// <summary>
    /// Turns what a person typed (any case, with or without hyphens or spaces) into the stored form, or
    /// returns null when it cannot be a tracking code.
    /// </summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var characters = input.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray();
        if (characters.Length != GroupLength * Groups || characters.Any(c => !Alphabet.Contains(c)))
        {
            return null;
        }

        var raw = new string(characters);
        return $"{raw[..4]}-{raw[4..8]}-{raw[8..]}";
    }
}
