namespace Layanan.Bench;

/// <summary>
/// Finds tracking codes (<c>XXXX-XXXX-XXXX</c> over Layanan's 23-character alphabet) in UTF-8 bytes, such as
/// the string table of a render batch, where a new card's code appears as plain text.
/// </summary>
public static class TrackingCodeScanner
{
    private const string Alphabet = "ACDEFGHJKMNPQRTWXY34679";
    private const int CodeLength = 14;

    private static readonly bool[] InAlphabet = BuildTable();

    /// <summary>Adds each distinct code found in <paramref name="data"/> to <paramref name="found"/>.</summary>
    public static void Scan(ReadOnlySpan<byte> data, HashSet<string> found)
    {
        var offset = 0;
        while (true)
        {
            var dash = data[offset..].IndexOf((byte)'-');
            if (dash < 0)
            {
                return;
            }

            var position = offset + dash;
            var start = position - 4;
            if (start >= 0 && start + CodeLength <= data.Length && IsCode(data.Slice(start, CodeLength)))
            {
                found.Add(string.Create(CodeLength, data.Slice(start, CodeLength).ToArray(), static (chars, bytes) =>
                {
                    for (var i = 0; i < bytes.Length; i++)
                    {
                        chars[i] = (char)bytes[i];
                    }
                }));
                offset = start + CodeLength;
                continue;
            }

            offset = position + 1;
        }
    }

    private static bool IsCode(ReadOnlySpan<byte> candidate)
    {
        for (var i = 0; i < CodeLength; i++)
        {
            var expectDash = i is 4 or 9;
            if (expectDash ? candidate[i] != '-' : !InAlphabet[candidate[i]])
            {
                return false;
            }
        }

        return true;
    }

    private static bool[] BuildTable()
    {
        var table = new bool[256];
        foreach (var c in Alphabet)
        {
            table[c] = true;
        }

        return table;
    }
}
