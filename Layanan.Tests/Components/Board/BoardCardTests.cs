using Bunit;
using Layanan.Blazor.Features.Board;
using Layanan.Core.Identity;
using Layanan.Core.Requests;
using Layanan.Tests.TestSupport;
using Layanan.Tests.TestSupport.Builders;

namespace Layanan.Tests.Components.Board;

public sealed class BoardCardTests : MudComponentTest
{
    /// <summary>Friday 4 December 2026, 23:59:59 WIB.</summary>
    private static readonly DateTimeOffset DueAt = new(2026, 12, 4, 23, 59, 59, TimeSpan.FromHours(7));

    private static readonly DateTimeOffset DueSoonAt = new(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(7));

    private static readonly StaffActor Officer = new("petugas-1", "Petugas Saigon", StaffRole.PetugasKelurahan, SubmitRequestBuilder.SaigonCode);

    [Fact]
    public void Card_ShowsDeadlineStatusAsTextAndIcon()
    {
        var cut = RenderCard(RequestCardBuilder.Running(DueAt, DueSoonAt), DueAt.AddHours(-3));

        var deadline = cut.Find(".board-card-deadline");
        Assert.Contains("Mendekati Tenggat, sisa 3 jam", deadline.TextContent);
        Assert.NotNull(deadline.QuerySelector("svg"));
        Assert.Contains("deadline-due-soon", deadline.ClassList);
        Assert.Equal("Tenggat: Jumat, 4 Desember 2026 (pemeriksaan berkas)", cut.Find(".board-card-due").TextContent);
    }

    [Fact]
    public void Card_RerendersOnlyWhenDeadlineTextChanges()
    {
        var now = DueAt.AddHours(-3);
        var cut = RenderCard(RequestCardBuilder.Running(DueAt, DueSoonAt), now);
        cut.Render(parameters => parameters.Add(p => p.Now, now.AddSeconds(5)));
        var settled = cut.RenderCount;

        cut.Render(parameters => parameters.Add(p => p.Now, now.AddSeconds(20)));
        var afterQuietHeartbeat = cut.RenderCount;
        cut.Render(parameters => parameters.Add(p => p.Now, DueAt.AddMinutes(1)));

        Assert.Equal(settled, afterQuietHeartbeat);
        Assert.True(cut.RenderCount > afterQuietHeartbeat, "The card did not re-render when it became overdue.");
        Assert.Contains("Terlambat, terlambat 1 menit", cut.Find(".board-card-deadline").TextContent);
        Assert.Contains("deadline-overdue", cut.Find(".board-card-deadline").ClassList);
    }

    [Fact]
    public void Card_SkipsRender_SameCardAndClock()
    {
        var now = DueAt.AddHours(-3);
        var card = RequestCardBuilder.Running(DueAt, DueSoonAt);
        var cut = RenderCard(card, now);
        var before = cut.RenderCount;

        cut.Render(parameters => parameters.Add(p => p.Card, card).Add(p => p.Actor, Officer).Add(p => p.Now, now));

        Assert.Equal(before, cut.RenderCount);
    }

    [Fact]
    public void Card_ShowsNewerVersion_AtSameClock()
    {
        var now = DueAt.AddHours(-3);
        var card = RequestCardBuilder.Running(DueAt, DueSoonAt);
        var cut = RenderCard(card, now);

        var verified = card with { Version = 2, IsVerified = true, AssigneeId = "petugas-1", AssigneeName = "Petugas Saigon" };
        cut.Render(parameters => parameters.Add(p => p.Card, verified).Add(p => p.Now, now));

        Assert.Contains("Ditangani oleh Petugas Saigon", cut.Markup);
        Assert.Contains("✓ Berkas lengkap", cut.Markup);
    }

    [Fact]
    public void Card_ShowsPausedWithoutDeadline_WhenWaitingOnResident()
    {
        var cut = RenderCard(RequestCardBuilder.Paused(DueAt), DueAt.AddDays(2));

        Assert.Contains("Dijeda (menunggu warga)", cut.Find(".board-card-deadline").TextContent);
        Assert.Empty(cut.FindAll(".board-card-due"));
        Assert.DoesNotContain("Terlambat", cut.Markup);
    }

    [Fact]
    public void Card_ShowsNoDeadline_WhenNoClockRuns()
    {
        var cut = RenderCard(RequestCardBuilder.WithoutClock(), DueAt);

        Assert.Empty(cut.FindAll(".board-card-deadline"));
        Assert.DoesNotContain("Tenggat", cut.Markup);
    }

    [Fact]
    public void ActionButton_ReportsItsAction_WhenClicked()
    {
        (RequestCard Card, BoardAction Action)? clicked = null;
        var card = RequestCardBuilder.Running(DueAt, DueSoonAt);
        var cut = Render<BoardCard>(parameters => parameters
            .Add(p => p.Card, card)
            .Add(p => p.Actor, Officer)
            .Add(p => p.Now, DueAt.AddHours(-3))
            .Add(p => p.OnAction, (ValueTuple<RequestCard, BoardAction> pair) => clicked = pair));

        var buttons = cut.FindAll(".board-card-actions button");
        buttons.Single(b => b.TextContent.Trim() == "Verifikasi Lengkap").Click();

        Assert.Equal(["Verifikasi Lengkap", "Tangani", "Kembalikan untuk Perbaikan", "Tolak"], buttons.Select(b => b.TextContent.Trim()));
        Assert.Contains("mud-button-filled-primary", buttons[0].ClassList);
        Assert.Contains("mud-button-text-error", buttons[3].ClassList);
        Assert.Equal(RequestAction.Verify, clicked?.Action.Action);
        Assert.Same(card, clicked?.Card);
    }

    private IRenderedComponent<BoardCard> RenderCard(RequestCard card, DateTimeOffset now) =>
        Render<BoardCard>(parameters => parameters
            .Add(p => p.Card, card)
            .Add(p => p.Actor, Officer)
            .Add(p => p.Now, now));
}
