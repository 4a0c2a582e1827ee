using System.Net;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace SellerConsole.Reports.Rendering;

/// <summary>
/// Prints with Debian's headless Chromium through PuppeteerSharp (a pure .NET driver: about 8 MB
/// published, against about 140 MB for Microsoft.Playwright's node drivers). The browser is launched on
/// first use and reused; one page prints at a time (the VPS has few cores and Chromium is the heavy
/// part), and it is closed when the app stops. Pages get their HTML set directly and every network
/// request is refused, so a report cannot fetch anything, local or remote.
/// </summary>
public sealed class ChromiumPrinter(IConfiguration configuration, ILoggerFactory loggers) : IReportPrinter, IAsyncDisposable
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _log = loggers.CreateLogger<ChromiumPrinter>();
    private IBrowser? _browser;

    private string ExecutablePath => configuration["Reports:ChromiumPath"] is { Length: > 0 } path ? path : DefaultChromiumPath;

    public Task<byte[]> PdfAsync(string html, PrintHeader header, CancellationToken cancellationToken) =>
        WithPageAsync(html, null, page => page.PdfDataAsync(new PdfOptions
        {
            Format = PaperFormat.A4,
            Landscape = header.Landscape,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            // Chromium draws these in the margin with no page styles: sizes and colours must be inline.
            HeaderTemplate = $"""<div style="font-size:8pt;width:100%;padding:0 12mm;display:flex;justify-content:space-between;color:#566072"><span>{Encode(header.Title)}</span><span>{Encode(header.Period)}</span></div>""",
            FooterTemplate = """<div style="font-size:8pt;width:100%;padding:0 12mm;text-align:right;color:#566072">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>""",
            MarginOptions = new MarginOptions { Top = "16mm", Bottom = "14mm", Left = "12mm", Right = "12mm" },
        }), cancellationToken);

    public Task<byte[]> PngAsync(string html, int width, int height, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        return WithPageAsync(html, new ViewPortOptions { Width = width, Height = height },
            page => page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png }), cancellationToken);
    }

    private async Task<byte[]> WithPageAsync(string html, ViewPortOptions? viewport, Func<IPage, Task<byte[]>> print, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var browser = await BrowserAsync();
            await using var page = await browser.NewPageAsync();
            await page.SetRequestInterceptionAsync(true);
            page.Request += async (_, e) =>
            {
                _log.LogWarning("A printed report asked for {Url}; refused (reports print with no network)", e.Request.Url);
                await e.Request.AbortAsync();
            };
            if (viewport is not null)
            {
                await page.SetViewportAsync(viewport);
            }
            using var stop = cancellationToken.Register(() => _ = page.CloseAsync());
            await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000, CancellationToken = cancellationToken });
            cancellationToken.ThrowIfCancellationRequested();
            return await print(page);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IBrowser> BrowserAsync()
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }
        if (_browser is not null)
        {
            _log.LogWarning("Chromium went away; starting it again");
            await _browser.DisposeAsync();
        }
        var args = new List<string> { "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-dev-shm-usage", "--mute-audio" };
        // Chromium refuses to run as root with its sandbox on (containers); as any other user the sandbox stays.
        if (Environment.UserName == "root")
        {
            args.Add("--no-sandbox");
        }
        _log.LogInformation("Starting Chromium for reports: {Path}", ExecutablePath);
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = [.. args] }, loggers);
        return _browser;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
            _browser = null;
        }
        _gate.Dispose();
    }
}
