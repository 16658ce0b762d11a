using Microsoft.Playwright;

namespace Layanan.Bench;

/// <summary>
/// Real board pages in Debian's Chromium, driven by Playwright: each signs in through the form and opens
/// <c>/papan</c>. A MutationObserver installed before the page's scripts records, in wall-clock
/// milliseconds, when each card (<c>article[data-tracking-code]</c>) is first added to the DOM.
/// </summary>
public sealed class BrowserBoards : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Without the background-networking flags Chromium keeps trying to reach Google's hosts, which a
    // machine without outside network refuses; the rest keep the browser quiet and headless.
    private static readonly string[] LaunchArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private const string CardObserverScript = """
        (() => {
          const seen = Object.create(null);
          window.__layananCardsSeen = seen;
          const record = (element, at) => {
            const code = element.getAttribute('data-tracking-code');
            if (code && !(code in seen)) seen[code] = at;
          };
          const visit = (node, at) => {
            if (node.nodeType !== Node.ELEMENT_NODE) return;
            if (node.matches('article[data-tracking-code]')) record(node, at);
            node.querySelectorAll('article[data-tracking-code]').forEach(card => record(card, at));
          };
          new MutationObserver(mutations => {
            const at = performance.timeOrigin + performance.now();
            for (const mutation of mutations) {
              mutation.addedNodes.forEach(node => visit(node, at));
              if (mutation.type === 'attributes') visit(mutation.target, at);
            }
          }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-tracking-code'] });
        })();
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<BrowserBoard> _boards = [];

    private BrowserBoards(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public IReadOnlyList<BrowserBoard> Boards => _boards;

    public static async Task<BrowserBoards> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException(
                $"Chromium is not installed at {ChromiumPath}. Install Debian's package (apt-get install chromium) or pass --no-browser.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = LaunchArguments,
            });
            return new BrowserBoards(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens one officer's board in a fresh browser context, signing in as a person would.</summary>
    public async Task<BrowserBoard> OpenAsync(Uri baseUri, Office office, string password)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUri.ToString(), Locale = "id-ID" });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(CardObserverScript);

        await page.GotoAsync("masuk");
        await page.GetByLabel("Nama Pengguna").FillAsync(office.OfficerUserName);
        await page.GetByLabel("Kata Sandi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync("**/papan", new PageWaitForURLOptions { Timeout = 60_000 });

        var board = new BrowserBoard(office.Code, context, page);
        _boards.Add(board);
        return board;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var board in _boards)
        {
            await board.CloseAsync();
        }

        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}

/// <summary>One board page in the browser; <see cref="Seen"/> is filled by <see cref="CollectAsync"/>.</summary>
public sealed class BrowserBoard(string officeCode, IBrowserContext context, IPage page) : IBoardObserver
{
    public string OfficeCode => officeCode;

    public Sightings Seen { get; } = new();

    public bool IsHealthy { get; private set; } = true;

    /// <summary>Waits until the card with <paramref name="trackingCode"/> is in the page, to prove the board is live.</summary>
    public async Task<bool> WaitForCardAsync(string trackingCode, TimeSpan timeout)
    {
        try
        {
            await page.Locator($"article[data-tracking-code='{trackingCode}']").WaitForAsync(
                new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = (float)timeout.TotalMilliseconds });
            return true;
        }
        catch (TimeoutException)
        {
            IsHealthy = false;
            return false;
        }
    }

    /// <summary>Copies the page's record of when each card appeared into <see cref="Seen"/>, on the harness clock.</summary>
    public async Task CollectAsync()
    {
        var seen = await page.EvaluateAsync<Dictionary<string, double>>("() => window.__layananCardsSeen ?? {}");
        foreach (var (code, unixMs) in seen)
        {
            Seen.Record(code, BenchClock.FromUnixMs(unixMs));
        }
    }

    public async Task CloseAsync()
    {
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        await context.CloseAsync();
    }
}
