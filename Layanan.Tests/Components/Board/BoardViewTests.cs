using AngleSharp.Dom;
using Bunit;
using Layanan.Blazor.Features.Board;
using Layanan.Blazor.Realtime;
using Layanan.Core.Access;
using Layanan.Core.Identity;
using Layanan.Core.Realtime;
using Layanan.Core.Requests;
using Layanan.Tests.TestSupport;
using Layanan.Tests.TestSupport.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.Components.Board;

public sealed class BoardViewTests : MudComponentTest, IAsyncLifetime
{
    private CoreHarness _core = default!;

    public async Task InitializeAsync()
    {
        _core = await CoreHarness.StartAsync();
        Services.AddSingleton(_core.Requests);
        Services.AddSingleton(_core.Queries);
        Services.AddSingleton(_core.Feed);
        Services.AddSingleton(_core.Offices);
        Services.AddSingleton(_core.Access);
        Services.AddSingleton<TimeProvider>(_core.Time);
        Services.AddScoped<CircuitConnection>();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
    }

    [Fact]
    public async Task Card_AppearsThenMovesColumn_WhenFeedPublishes()
    {
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        var cut = Render<BoardView>(parameters => parameters
            .Add(p => p.OfficeCode, SubmitRequestBuilder.SaigonCode)
            .Add(p => p.Actor, officer));
        cut.WaitForAssertion(() => Assert.Contains("0 permohonan", cut.Markup));

        var code = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
        _core.Time.Advance(BoardView.RenderWindow);

        cut.WaitForAssertion(() => Assert.Single(CardsIn(cut, "Diajukan"), card => card.GetAttribute("data-tracking-code") == code));

        await _core.Requests.ActAsync(officer, code, RequestAction.Claim, null, 1);
        _core.Time.Advance(BoardView.RenderWindow);

        cut.WaitForAssertion(() => Assert.Single(CardsIn(cut, "Sedang Diperiksa"), card => card.GetAttribute("data-tracking-code") == code));
        Assert.Empty(CardsIn(cut, "Diajukan"));
        Assert.Single(cut.FindAll($"[data-tracking-code='{code}']"));
    }

    [Fact]
    public async Task LoneChange_RendersAtOnce_BurstWaitsForWindow()
    {
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        var cut = Render<BoardView>(parameters => parameters
            .Add(p => p.OfficeCode, SubmitRequestBuilder.SaigonCode)
            .Add(p => p.Actor, officer));
        cut.WaitForAssertion(() => Assert.Contains("0 permohonan", cut.Markup));

        // The fake clock stands still, so only a render that does not wait for the window can show the first card.
        var first = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll($"[data-tracking-code='{first}']")));

        var second = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
        await Task.Delay(200);
        var beforeWindow = cut.FindAll($"[data-tracking-code='{second}']").Count;
        _core.Time.Advance(BoardView.RenderWindow);

        Assert.Equal(0, beforeWindow);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll($"[data-tracking-code='{second}']")));
    }

    [Fact]
    public async Task Card_ShowsMaskedNikAndAssignee_NotName()
    {
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        var cut = Render<BoardView>(parameters => parameters
            .Add(p => p.OfficeCode, SubmitRequestBuilder.SaigonCode)
            .Add(p => p.Actor, officer));
        cut.WaitForAssertion(() => Assert.Contains("0 permohonan", cut.Markup));

        var code = (await _core.Requests.RegisterWalkInAsync(officer, SubmitRequestBuilder.Valid(), null)).Value!.TrackingCode;
        _core.Time.Advance(BoardView.RenderWindow);

        cut.WaitForAssertion(() => Assert.Single(CardsIn(cut, "Sedang Diperiksa")));
        var card = cut.Find($"[data-tracking-code='{code}']");
        Assert.Contains("617102******0007", card.TextContent);
        Assert.Contains($"Ditangani oleh {officer.DisplayName}", card.TextContent);
        Assert.DoesNotContain("Nur Hasanah", cut.Markup);
    }

    [Fact]
    public async Task Board_IgnoresOtherOfficesChanges()
    {
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        var cut = Render<BoardView>(parameters => parameters
            .Add(p => p.OfficeCode, SubmitRequestBuilder.SaigonCode)
            .Add(p => p.Actor, officer));
        cut.WaitForAssertion(() => Assert.Contains("0 permohonan", cut.Markup));

        await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(_core.OfficeCode("Akcaya")), RequestChannel.Online, null);
        var own = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
        _core.Time.Advance(BoardView.RenderWindow);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-tracking-code]")));
        Assert.Equal(own, cut.Find("[data-tracking-code]").GetAttribute("data-tracking-code"));
    }

    [Fact]
    public async Task Board_ResynchronisesFromDatabase_AfterReconnect()
    {
        var cut = RenderOnQuietFeed();

        var missed = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;
        Assert.Empty(cut.FindAll("[data-tracking-code]"));
        Services.GetRequiredService<CircuitConnection>().RaiseReconnected();

        cut.WaitForAssertion(() => Assert.Single(CardsIn(cut, "Diajukan"), card => card.GetAttribute("data-tracking-code") == missed));
    }

    [Fact]
    public async Task Heartbeat_ReloadsChangeFeedMissed()
    {
        var cut = RenderOnQuietFeed();
        var missed = (await _core.Requests.SubmitAsync(SubmitRequestBuilder.Valid(), RequestChannel.Online, null)).Value!.TrackingCode;

        // The heartbeat runs on the fake clock, so move it a second at a time past one beat and the grace.
        var limit = BoardView.HeartbeatInterval + BoardView.FeedGrace + TimeSpan.FromSeconds(10);
        var cardShown = false;
        for (var elapsed = TimeSpan.Zero; elapsed < limit && !cardShown; elapsed += TimeSpan.FromSeconds(1))
        {
            _core.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
            cardShown = cut.FindAll($"[data-tracking-code='{missed}']").Count == 1;
        }

        Assert.True(cardShown, $"The heartbeat did not load {missed} within {limit.TotalSeconds} s.");
        Assert.Single(CardsIn(cut, "Diajukan"), card => card.GetAttribute("data-tracking-code") == missed);
    }

    /// <summary>Renders an empty Saigon board on a feed that nothing publishes to, so only a reload shows a change.</summary>
    private IRenderedComponent<BoardView> RenderOnQuietFeed()
    {
        var officer = _core.Actor(StaffRole.PetugasKelurahan, "Saigon");
        var quietFeed = new InProcessRequestFeed(_core.Offices, Microsoft.Extensions.Logging.Abstractions.NullLogger<InProcessRequestFeed>.Instance);
        Services.AddSingleton<IRequestFeed>(quietFeed);
        var cut = Render<BoardView>(parameters => parameters
            .Add(p => p.OfficeCode, SubmitRequestBuilder.SaigonCode)
            .Add(p => p.Actor, officer));
        cut.WaitForAssertion(() => Assert.Contains("0 permohonan", cut.Markup));
        return cut;
    }

    private static IEnumerable<IElement> CardsIn(IRenderedComponent<BoardView> cut, string column) =>
        cut.FindAll($"section[aria-label='{column}'] article[data-tracking-code]");
}
