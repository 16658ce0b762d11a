using Layanan.Blazor.Features.Board;
using Layanan.Core.Sla;
using Layanan.Tests.TestSupport.Builders;

namespace Layanan.Tests.Components.Board;

public sealed class DeadlineDisplayTests
{
    /// <summary>Friday 4 December 2026, 23:59:59 WIB: an H+2 deadline for a request received on Wednesday.</summary>
    private static readonly DateTimeOffset DueAt = new(2026, 12, 4, 23, 59, 59, TimeSpan.FromHours(7));

    /// <summary>Friday 4 December 2026, 10:00 WIB: 80% of the office time up to the deadline.</summary>
    private static readonly DateTimeOffset DueSoonAt = new(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void StatusAt_OnTrack_BeforeDueSoonPoint()
    {
        var status = DeadlineDisplay.StatusAt(DueAt, DueSoonAt, DueSoonAt.AddSeconds(-1));

        Assert.Equal(DeadlineStatus.OnTrack, status);
    }

    [Fact]
    public void StatusAt_DueSoon_FromDueSoonPointThroughDeadline()
    {
        Assert.Equal(DeadlineStatus.DueSoon, DeadlineDisplay.StatusAt(DueAt, DueSoonAt, DueSoonAt));
        Assert.Equal(DeadlineStatus.DueSoon, DeadlineDisplay.StatusAt(DueAt, DueSoonAt, DueAt));
    }

    [Fact]
    public void StatusAt_Overdue_AfterDeadline()
    {
        var status = DeadlineDisplay.StatusAt(DueAt, DueSoonAt, DueAt.AddSeconds(1));

        Assert.Equal(DeadlineStatus.Overdue, status);
    }

    [Fact]
    public void StatusAt_OnTrackUntilDeadline_WithoutDueSoonPoint()
    {
        var status = DeadlineDisplay.StatusAt(DueAt, null, DueAt.AddMinutes(-1));

        Assert.Equal(DeadlineStatus.OnTrack, status);
    }

    [Theory]
    [InlineData(3 * 60 + 59, "sisa 3 jam")]
    [InlineData(45, "sisa 45 menit")]
    [InlineData(0, "sisa kurang dari 1 menit")]
    [InlineData(2 * 24 * 60 + 23 * 60, "sisa 2 hari")]
    [InlineData(-(2 * 24 * 60 + 5 * 60), "terlambat 2 hari")]
    [InlineData(-90, "terlambat 1 jam")]
    [InlineData(-1, "terlambat 1 menit")]
    public void Distance_SaysTimeLeftOrLate_InLargestWholeUnit(int minutesLeft, string expected)
    {
        var now = DueAt.AddMinutes(-minutesLeft);

        var text = DeadlineDisplay.Distance(DueAt, now);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void For_ShowsDeadlineInWibWithClock_WhenDueSoon()
    {
        var card = RequestCardBuilder.Running(DueAt, DueSoonAt);

        var view = DeadlineDisplay.For(card, DueAt.AddHours(-3));

        Assert.NotNull(view);
        Assert.Equal(DeadlineStatus.DueSoon, view.Status);
        Assert.Equal("Mendekati Tenggat", view.Label);
        Assert.Equal("Tenggat: Jumat, 4 Desember 2026 (pemeriksaan berkas)", view.DueText);
        Assert.Equal("sisa 3 jam", view.Distance);
        Assert.Equal("deadline-due-soon", view.CssClass);
        Assert.False(string.IsNullOrEmpty(view.Icon));
    }

    [Fact]
    public void For_NamesCompletionClock_WhenCompletionRuns()
    {
        var card = RequestCardBuilder.Running(DueAt, DueSoonAt, SlaClock.Completion);

        var view = DeadlineDisplay.For(card, DueSoonAt.AddDays(-1));

        Assert.Equal("Sesuai Jadwal", view!.Label);
        Assert.EndsWith("(penyelesaian)", view.DueText);
    }

    [Fact]
    public void For_ShowsPausedWithoutDeadline_WhenWaitingOnResident()
    {
        var card = RequestCardBuilder.Paused(DueAt);

        var view = DeadlineDisplay.For(card, DueAt.AddDays(3));

        Assert.Equal(DeadlineStatus.Paused, view!.Status);
        Assert.Equal("Dijeda (menunggu warga)", view.Label);
        Assert.Null(view.DueText);
        Assert.Null(view.Distance);
    }

    [Fact]
    public void For_ReturnsNull_WhenNoClockRuns()
    {
        var view = DeadlineDisplay.For(RequestCardBuilder.WithoutClock(), DueAt);

        Assert.Null(view);
    }

    [Fact]
    public void For_EqualViews_WithinSameMinute()
    {
        var card = RequestCardBuilder.Running(DueAt, DueSoonAt);
        // 30 min 40 s and 30 min 25 s left both read "30 menit"; a minute later reads "29 menit".
        var now = DueAt.AddMinutes(-30).AddSeconds(-40);

        var first = DeadlineDisplay.For(card, now);
        var second = DeadlineDisplay.For(card, now.AddSeconds(15));
        var nextMinute = DeadlineDisplay.For(card, now.AddMinutes(1));

        Assert.Equal(first, second);
        Assert.NotEqual(first, nextMinute);
    }

    [Theory]
    [InlineData(DeadlineStatus.OnTrack, "Sesuai Jadwal")]
    [InlineData(DeadlineStatus.DueSoon, "Mendekati Tenggat")]
    [InlineData(DeadlineStatus.Overdue, "Terlambat")]
    [InlineData(DeadlineStatus.Paused, "Dijeda (menunggu warga)")]
    public void Label_UsesGlossaryTerm(DeadlineStatus status, string expected)
    {
        Assert.Equal(expected, DeadlineDisplay.Label(status));
    }

    [Fact]
    public void Icon_DiffersPerStatus()
    {
        var icons = Enum.GetValues<DeadlineStatus>().Select(DeadlineDisplay.Icon).ToList();

        Assert.Equal(icons.Count, icons.Distinct().Count());
    }
}
