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

        var runs = CardRuns.Split(cards, previous: null);

        Assert.Equal([CardRuns.Size, 4], runs.Select(run => run.Length));
        Assert.Equal(cards, runs.SelectMany(run => run));
    }

    [Fact]
    public void Split_KeepsFullRuns_WhenCardAppended()
    {
        var cards = Cards(CardRuns.Size + 4);
        var before = CardRuns.Split(cards, previous: null);

        var after = CardRuns.Split([.. cards, Card(99)], before);

        Assert.Same(before[0], after[0]);
        Assert.NotSame(before[1], after[1]);
        Assert.Equal(5, after[1].Length);
    }

    [Fact]
    public void Split_ReplacesRun_WhenCardVersionChanges()
    {
        var cards = Cards(CardRuns.Size + 4);
        var before = CardRuns.Split(cards, previous: null);
        var changed = cards.ToList();
        changed[CardRuns.Size + 1] = changed[CardRuns.Size + 1] with { Version = 2 };

        var after = CardRuns.Split(changed, before);

        Assert.Same(before[0], after[0]);
        Assert.NotSame(before[1], after[1]);
        Assert.Equal(2, after[1][1].Version);
    }

    [Fact]
    public void Split_ReplacesLaterRuns_WhenCardLeavesColumn()
    {
        var cards = Cards(CardRuns.Size + 4);
        var before = CardRuns.Split(cards, previous: null);

        var after = CardRuns.Split(cards.Skip(1).ToList(), before);

        Assert.NotSame(before[0], after[0]);
        Assert.NotSame(before[1], after[1]);
        Assert.Equal(cards.Skip(1), after.SelectMany(run => run));
    }

    [Fact]
    public void Split_ReturnsNoRuns_WhenColumnEmpty()
    {
        var before = CardRuns.Split(Cards(3), previous: null);

        var after = CardRuns.Split([], before);

        Assert.Empty(after);
    }

    private static List<RequestCard> Cards(int count) => Enumerable.Range(1, count).Select(Card).ToList();

    private static RequestCard Card(int number) =>
        RequestCardBuilder.Running(DueAt, null) with { TrackingCode = $"H7KM-3QXT-{number:D4}" };
}
