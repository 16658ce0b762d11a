using Layanan.Core.Requests;

namespace Layanan.Tests.Core.Requests;

public sealed class TrackingCodeTests
{
    [Fact]
    public void New_UsesThreeGroupsOfFourReadableCharacters()
    {
        var code = TrackingCode.New();

        Assert.Matches("^[ACDEFGHJKMNPQRTWXY34679]{4}-[ACDEFGHJKMNPQRTWXY34679]{4}-[ACDEFGHJKMNPQRTWXY34679]{4}$", code);
    }

    [Fact]
    public void New_DoesNotRepeat_InTenThousandCodes()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => TrackingCode.New()).ToHashSet();

        Assert.Equal(10_000, codes.Count);
    }

    [Theory]
    [InlineData("h7km3qxt9rwp", "H7KM-3QXT-9RWP")]
    [InlineData(" H7KM-3QXT-9RWP ", "H7KM-3QXT-9RWP")]
    [InlineData("h7km 3qxt 9rwp", "H7KM-3QXT-9RWP")]
    public void Normalize_AcceptsWhatPeopleType(string typed, string expected)
    {
        Assert.Equal(expected, TrackingCode.Normalize(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("H7KM-3QXT")]
    [InlineData("H7KM-3QXT-9RW0")]
    [InlineData("H7KM-3QXT-9RWPX")]
    public void Normalize_ReturnsNull_WhenTextCannotBeACode(string? typed)
    {
        Assert.Null(TrackingCode.Normalize(typed));
    }
}
