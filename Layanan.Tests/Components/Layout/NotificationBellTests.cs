using Bunit;
using Layanan.Blazor.Components.Layout;
using Layanan.Core.Notifications;
using Layanan.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Layanan.Tests.Components.Layout;

public sealed class NotificationBellTests : MudComponentTest, IAsyncLifetime
{
    private const string UserId = "petugas-saigon";

    private CoreHarness _core = default!;

    private NotificationQueries Queries => _core.Services.GetRequiredService<NotificationQueries>();

    private NotificationFeed Feed => _core.Services.GetRequiredService<NotificationFeed>();

    public async Task InitializeAsync()
    {
        _core = await CoreHarness.StartAsync();
        Services.AddSingleton(Queries);
        Services.AddSingleton(Feed);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
    }

    [Fact]
    public async Task Bell_ShowsUnreadCount_InBadgeAndLabel()
    {
        await AddNoticeAsync("Pengingat tenggat", read: false);
        await AddNoticeAsync("Permohonan terlambat", read: false);
        await AddNoticeAsync("Permohonan baru", read: true);
        await AddNoticeAsync("Untuk orang lain", read: false, userId: "lurah-saigon");

        var cut = RenderBell();

        cut.WaitForAssertion(() => Assert.Equal("Pemberitahuan, 2 belum dibaca", BellButton(cut).GetAttribute("aria-label")));
        Assert.Equal("2", cut.Find(".mud-badge").TextContent.Trim());
    }

    [Fact]
    public async Task Bell_CountsUp_WhenFeedReportsNewNotice()
    {
        var cut = RenderBell();
        cut.WaitForAssertion(() => Assert.Equal("Pemberitahuan, tidak ada yang belum dibaca", BellButton(cut).GetAttribute("aria-label")));

        await AddNoticeAsync("Pengingat tenggat", read: false);
        Feed.Publish([UserId]);

        cut.WaitForAssertion(() => Assert.Equal("Pemberitahuan, 1 belum dibaca", BellButton(cut).GetAttribute("aria-label")));
    }

    [Fact]
    public async Task Bell_ClearsCount_WhenMarkedReadElsewhere()
    {
        await AddNoticeAsync("Pengingat tenggat", read: false);
        var cut = RenderBell();
        cut.WaitForAssertion(() => Assert.Equal("1", BellButton(cut).GetAttribute("data-unread")));

        await Queries.MarkAllReadAsync(UserId);

        cut.WaitForAssertion(() => Assert.Equal("0", BellButton(cut).GetAttribute("data-unread")));
    }

    [Fact]
    public async Task Bell_ListsNoticesAndMarksAllRead_FromMenu()
    {
        await AddNoticeAsync("Pengingat tenggat", read: false, trackingCode: "H7KM-3QXT-9RWP");
        var cut = RenderBell();
        cut.WaitForAssertion(() => Assert.Equal("1", BellButton(cut).GetAttribute("data-unread")));

        await BellButton(cut).ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        cut.WaitForAssertion(() => Assert.Contains("Pengingat tenggat", cut.Markup));
        Assert.Contains("02/12/2026 09.00 WIB", cut.Markup);
        Assert.Contains("H7KM-3QXT-9RWP", cut.Markup);
        Assert.NotEmpty(cut.FindAll("a[href='/papan']"));
        var markAll = cut.FindAll(".mud-menu-item").Single(item => item.TextContent.Contains("Tandai semua sudah dibaca"));
        await markAll.ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        cut.WaitForAssertion(() => Assert.Equal("0", BellButton(cut).GetAttribute("data-unread")));
        Assert.Equal(0, await Queries.CountUnreadAsync(UserId));
    }

    private IRenderedComponent<ContainerFragment> RenderBell() => Render<ContainerFragment>(parameters => parameters
        .AddChildContent(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<NotificationBell>(1);
            builder.AddAttribute(2, nameof(NotificationBell.UserId), UserId);
            builder.CloseComponent();
        }));

    private static AngleSharp.Dom.IElement BellButton(IRenderedComponent<ContainerFragment> cut) =>
        cut.Find("button[aria-haspopup='menu']");

    private async Task AddNoticeAsync(string title, bool read, string userId = UserId, string? trackingCode = null)
    {
        await using var db = _core.CreateDbContext();
        var now = _core.Time.GetUtcNow();
        var notice = new InAppNotification(userId, title, $"{title}: isi pemberitahuan.", "test", trackingCode, now, Guid.NewGuid().ToString("N"));
        if (read)
        {
            notice.MarkRead(now);
        }

        db.InAppNotifications.Add(notice);
        await db.SaveChangesAsync();
    }

    /// <summary>Renders its child content as is, so a test can place the popover provider beside the bell.</summary>
    public sealed class ContainerFragment : ComponentBase
    {
        [Parameter]
        public RenderFragment? ChildContent { get; set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) =>
            builder.AddContent(0, ChildContent);
    }
}
