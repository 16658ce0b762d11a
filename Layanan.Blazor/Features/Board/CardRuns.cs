using Layanan.Core.Requests;

namespace Layanan.Blazor.Features.Board;

/// <summary>
/// A run of cards of one column, drawn by one <see cref="BoardCardRun"/>. <see cref="Id"/> stays the same
/// from render to render, so the run keeps its card components, and <see cref="Cards"/> is the same array
/// for as long as its cards are the same instances.
/// </summary>
public sealed record CardRun(int Id, RequestCard[] Cards);

/// <summary>
/// Splits a column's cards into runs of about <see cref="Size"/>, so that a change re-renders one run
/// instead of the whole column. A card stays in the run that covers its place in the column: a card that
/// arrives later but sorts earlier joins the run around it, and only cards past the end of the last run
/// start new runs. Cards therefore do not move between runs, which would draw them again from scratch.
/// </summary>
public static class CardRuns
{
    /// <summary>The number of cards after which a new run starts at the end of a column.</summary>
    public const int Size = 16;

    /// <summary>Orders a column: oldest submission first, then by tracking code, so that the order is total.</summary>
    public static int Compare(RequestCard left, RequestCard right)
    {
        var bySubmission = left.SubmittedAt.CompareTo(right.SubmittedAt);
        return bySubmission != 0 ? bySubmission : string.CompareOrdinal(left.TrackingCode, right.TrackingCode);
    }

    /// <summary>
    /// Returns the runs of <paramref name="cards"/> (sorted by <see cref="Compare"/>), keeping the runs of
    /// <paramref name="previous"/>. New runs take their ids from <paramref name="nextId"/>.
    /// </summary>
    public static List<CardRun> Split(IReadOnlyList<RequestCard> cards, IReadOnlyList<CardRun>? previous, ref int nextId)
    {
        var buckets = new List<(int Id, List<RequestCard> Cards, CardRun? Before)>();
        if (previous is { Count: > 0 })
        {
            foreach (var run in previous)
            {
                buckets.Add((run.Id, [], run));
            }

            // Each card goes to the last run whose first card sorts at or before it.
            var index = 0;
            foreach (var card in cards)
            {
                while (index + 1 < previous.Count && Compare(card, previous[index + 1].Cards[0]) >= 0)
                {
                    index++;
                }

                buckets[index].Cards.Add(card);
            }
        }
        else if (cards.Count > 0)
        {
            buckets.Add((nextId++, [.. cards], null));
        }

        // The last run closes at Size cards, and cards sorting after its old last card start new runs, so its own
        // cards stay in it. A run in the middle that grew past twice Size from cards sorting into it is split,
        // although some of its cards then move to another run and are drawn again.
        var runs = new List<CardRun>(buckets.Count);
        for (var i = 0; i < buckets.Count; i++)
        {
            var (id, bucket, before) = buckets[i];
            var keep = i == buckets.Count - 1
                ? Math.Max(Size, before is null ? 0 : CountUpTo(bucket, before.Cards[^1]))
                : 2 * Size;
            if (bucket.Count <= keep)
            {
                if (bucket.Count > 0)
                {
                    runs.Add(Reuse(id, bucket, before));
                }

                continue;
            }

            var first = i == buckets.Count - 1 ? keep : Size;
            runs.Add(Reuse(id, bucket.GetRange(0, first), before));
            for (var start = first; start < bucket.Count; start += Size)
            {
                runs.Add(new CardRun(nextId++, [.. bucket.GetRange(start, Math.Min(Size, bucket.Count - start))]));
            }
        }

        return runs;
    }

    /// <summary>Returns <paramref name="before"/> when it contains exactly <paramref name="cards"/>, otherwise a new run with the same id.</summary>
    private static CardRun Reuse(int id, List<RequestCard> cards, CardRun? before) =>
        before is not null && SameCards(before.Cards, cards) ? before : new CardRun(id, [.. cards]);

    /// <summary>Counts the cards of <paramref name="bucket"/> that sort at or before <paramref name="last"/>.</summary>
    private static int CountUpTo(List<RequestCard> bucket, RequestCard last)
    {
        var count = 0;
        while (count < bucket.Count && Compare(bucket[count], last) <= 0)
        {
            count++;
        }

        return count;
    }

    private static bool SameCards(RequestCard[] run, List<RequestCard> cards)
    {
        if (run.Length != cards.Count)
        {
            return false;
        }

        for (var i = 0; i < run.Length; i++)
        {
            if (!ReferenceEquals(run[i], cards[i]))
            {
                return false;
            }
        }

        return true;
    }
}
