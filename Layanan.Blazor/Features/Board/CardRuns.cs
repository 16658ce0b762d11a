using Layanan.Core.Requests;

namespace Layanan.Blazor.Features.Board;

/// <summary>
/// Splits a column's cards into runs of at most <see cref="Size"/>, each drawn by its own
/// <see cref="BoardCardRun"/>. A run whose cards are the same instances as last time keeps its array, and the
/// run component skips its render for an array it has drawn. A new card at the end of a column, the usual
/// change, re-renders one run of cards instead of the whole column.
/// </summary>
public static class CardRuns
{
    /// <summary>The most cards in one run.</summary>
    public const int Size = 16;

    /// <summary>Returns the runs of <paramref name="cards"/>, reusing each run of <paramref name="previous"/> whose cards did not change.</summary>
    public static List<RequestCard[]> Split(IReadOnlyList<RequestCard> cards, IReadOnlyList<RequestCard[]>? previous)
    {
        var runs = new List<RequestCard[]>((cards.Count + Size - 1) / Size);
        for (var start = 0; start < cards.Count; start += Size)
        {
            var length = Math.Min(Size, cards.Count - start);
            var index = runs.Count;
            if (previous is not null && index < previous.Count && SameCards(previous[index], cards, start, length))
            {
                runs.Add(previous[index]);
                continue;
            }

            var run = new RequestCard[length];
            for (var i = 0; i < length; i++)
            {
                run[i] = cards[start + i];
            }

            runs.Add(run);
        }

        return runs;
    }

    private static bool SameCards(RequestCard[] run, IReadOnlyList<RequestCard> cards, int start, int length)
    {
        if (run.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (!ReferenceEquals(run[i], cards[start + i]))
            {
                return false;
            }
        }

        return true;
    }
}
