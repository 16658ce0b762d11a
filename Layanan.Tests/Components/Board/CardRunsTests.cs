using Layanan.Blazor.Features.Board;
using Layanan.Core.Requests;
using Layanan.Tests.TestSupport.Builders;

namespace Layanan.Tests.Components.Board;

public sealed class CardRunsTests
{
    private static readonly DateTimeOffset DueAt = new(2026, 12, 4, 23, 59, 59, TimeSpan.FromHours(7));

    [Fact]
    public void Split_CutsColumnIntoRunsOfSize()
    {
        var cards = Cards(CardRuns.Size + 4);

        var runs = Split(cards, previous: null);

        Assert.Equal([CardRuns.Size, 4], runs.Select(run => run.Cards.Length));
        Assert.Equal(cards, runs.SelectMany(run => run.Cards));
        Assert.Equal(2, runs.Select(run => run.Id).Distinct().Count());
    }

    [Fact]
    public void Split_KeepsFullRun_WhenCardAppended()
    {
        var cards = Cards(CardRuns.Size + 4);
        var before = Split(cards, previous: null);

        var after = Split([.. cards, Card(99)], before);

        Assert.Same(before[0], after[0]);
        Assert.NotSame(before[1], after[1]);
        Assert.Equal(before[1].Id, after[1].Id);
        Assert.Equal(5, after[1].Cards.Length);
    }

    [Fact]
    public void Split_StartsNewRun_WhenLastRunFull()
    {
        var cards = Cards(CardRuns.Size);
        var before = Split(cards, previous: null);

        var after = Split([.. cards, Card(99)], before);

        Assert.Same(before[0], after[0]);
        Assert.Equal(2, after.Count);
        Assert.NotEqual(after[0].Id, after[1].Id);
    }

    [Fact]
    public void Split_ReplacesRun_WhenCardVersionChanges()
    {
        var cards = Cards(CardRuns.Size + 4);
        var before = Split(cards, previous: null);
        var changed = cards.ToList();
        changed[CardRuns.Size + 1] = changed[CardRuns.Size + 1] with { Version = 2 };

        var after = Split(changed, before);

        Assert.Same(before[0], after[0]);
        Assert.NotSame(before[1], after[1]);
        Assert.Equal(2, after[1].Cards[1].Version);
    }

    [Fact]
    public void Split_KeepsLaterRun_WhenCardLeaves()
    {
        var cards = Cards(CardRuns.Size + 4);
        var before = Split(cards, previous: null);

        var after = Split(cards.Skip(1).ToList(), before);

        Assert.Equal(CardRuns.Size - 1, after[0].Cards.Length);
        Assert.Same(before[1], after[1]);
    }

    [Fact]
    public void Split_InsertsLateCardIntoCoveringRun()
    {
        // A card submitted between the first and second card of the second run, whose change arrived last.
        var cards = Cards(CardRuns.Size + 4);
        var before = Split(cards, previous: null);
        var late = Card(CardRuns.Size + 1) with { TrackingCode = "H7KM-3QXT-LATE" };

        var after = Split(cards.Append(late).OrderBy(card => card, Comparer<RequestCard>.Create(CardRuns.Compare)).ToList(), before);

        Assert.Same(before[0], after[0]);
        Assert.Equal(before[1].Id, after[1].Id);
        Assert.Contains(late, after[1].Cards);
    }

    [Fact]
    public void Split_KeepsLastRun_WhenLateCardJoins()
    {
        var cards = Cards(CardRuns.Size);
        var before = Split(cards, previous: null);
        var late = Card(CardRuns.Size - 1) with { TrackingCode = "H7KM-3QXT-LATE" };

        var after = Split(cards.Append(late).Append(Card(99)).OrderBy(card => card, Comparer<RequestCard>.Create(CardRuns.Compare)).ToList(), before);

        Assert.Equal(before[0].Id, after[0].Id);
        Assert.Equal(CardRuns.Size + 1, after[0].Cards.Length);
        Assert.Equal(before[0].Cards.Append(late).OrderBy(card => card, Comparer<RequestCard>.Create(CardRuns.Compare)), after[0].Cards);
        Assert.Equal([Card(99).TrackingCode], after[1].Cards.Select(card => card.TrackingCode));
    }

    [Fact]
    public void Split_DropsRun_WhenItsCardsLeave()
    {
        var cards = Cards(CardRuns.Size + 4);
        var before = Split(cards, previous: null);

        var after = Split(cards.Take(CardRuns.Size).ToList(), before);

        Assert.Same(before[0], Assert.Single(after));
    }

    private static List<CardRun> Split(IReadOnlyList<RequestCard> cards, IReadOnlyList<CardRun>? previous)
    {
        var nextId = previous is null ? 0 : previous.Max(run => run.Id) + 1;
        return CardRuns.Split(cards, previous, ref nextId);
    }

    private static List<RequestCard> Cards(int count) => Enumerable.Range(1, count).Select(Card).ToList();

    /// <summary>Returns card <paramref name="number"/>, submitted <paramref name="number"/> minutes after the first.</summary>
    private static RequestCard Card(int number) =>
        RequestCardBuilder.Running(DueAt, null) with
        {
            TrackingCode = $"H7KM-3QXT-{number:D4}",
            SubmittedAt = RequestCardBuilder.SubmittedAt.AddMinutes(number),
        };
}
