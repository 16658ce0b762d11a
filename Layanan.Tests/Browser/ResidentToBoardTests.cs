using Layanan.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Layanan.Tests.Browser;

/// <summary>
/// A resident submits from a phone-sized browser while an officer watches the board in another
/// browser context: the card must appear without a reload. Real Kestrel, real Chromium.
/// </summary>
public sealed class ResidentToBoardTests : IAsyncLifetime
{
    private readonly LayananAppFactory _app = new();
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        _baseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumLocator.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task ResidentSubmission_AppearsOnOfficerBoard_WithoutReload()
    {
        await using var officerContext = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _baseUrl, Locale = "id-ID" });
        var board = await officerContext.NewPageAsync();
        var console = new List<string>();
        board.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        await board.GotoAsync("/masuk");
        await board.GetByLabel("Nama Pengguna").FillAsync("petugas.saigon");
        await board.GetByLabel("Kata Sandi").FillAsync(LayananAppFactory.DemoPassword);
        await board.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await board.WaitForURLAsync("**/papan");
        await Assertions.Expect(board.GetByRole(AriaRole.Heading, new() { Name = "Papan Permohonan — Kelurahan Saigon" })).ToBeVisibleAsync();
        await Assertions.Expect(board.GetByText("0 permohonan")).ToBeVisibleAsync();
        await board.EvaluateAsync("() => { window.layananNoReload = true; }");

        await using var residentContext = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _baseUrl,
            Locale = "id-ID",
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
        });
        var phone = await residentContext.NewPageAsync();
        await phone.GotoAsync("/ajukan");
        await phone.GetByLabel("Kelurahan").SelectOptionAsync(new SelectOptionValue { Label = "Saigon" });
        await phone.GetByLabel("Jenis Layanan").SelectOptionAsync(new SelectOptionValue { Label = "Surat Keterangan Domisili" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        await phone.GetByLabel("NIK (16 angka sesuai KTP)").FillAsync("6171025203900007");
        await phone.GetByLabel("Nama Lengkap").FillAsync("Nur Hasanah");
        await phone.GetByLabel("Alamat (jalan, nomor, RT/RW)").FillAsync("Jl. Tanjung Raya 2 No. 15, RT 003/RW 002");
        await phone.GetByLabel("Keperluan").FillAsync("Persyaratan membuka rekening bank");
        await phone.GetByLabel("Nomor Telepon/WhatsApp").FillAsync("081234567890");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Ajukan Permohonan" }).ClickAsync();
        var codeLocator = phone.Locator(".tracking-code");
        try
        {
            await Assertions.Expect(codeLocator).ToBeVisibleAsync(new() { Timeout = 10000 });
        }
        catch (PlaywrightException exception)
        {
            var shown = await phone.Locator("main").InnerTextAsync();
            throw new Xunit.Sdk.XunitException($"The submission showed no tracking code. The page said:\n{shown}\n{exception.Message}");
        }

        var code = (await codeLocator.TextContentAsync())!.Trim();

        var card = board.Locator($"section[aria-label='Diajukan'] article[data-tracking-code='{code}']");
        try
        {
            await Assertions.Expect(card).ToBeVisibleAsync(new() { Timeout = 5000 });
        }
        catch (PlaywrightException exception)
        {
            throw new Xunit.Sdk.XunitException($"The card did not appear on the board. Browser console:\n{string.Join('\n', console)}\n{exception.Message}");
        }

        await Assertions.Expect(card).ToContainTextAsync("617102******0007");
        Assert.True(await board.EvaluateAsync<bool>("() => window.layananNoReload === true"));
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$", code);
    }

    [Fact]
    public async Task InvalidNik_KeepsTypedValues_AndShowsIndonesianMessage()
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _baseUrl,
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/ajukan?kantor=61.71.02.1003&layanan=SKD");

        await phone.GetByLabel("NIK (16 angka sesuai KTP)").FillAsync("6171023203900007");
        await phone.GetByLabel("Nama Lengkap").FillAsync("Nur Hasanah");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Ajukan Permohonan" }).ClickAsync();

        await Assertions.Expect(phone.Locator("#nik-error")).ToContainTextAsync("bukan tanggal lahir yang ada");
        await Assertions.Expect(phone.GetByLabel("Nama Lengkap")).ToHaveValueAsync("Nur Hasanah");
        await Assertions.Expect(phone.Locator("#address-error")).ToContainTextAsync("Alamat wajib diisi");
    }
}
