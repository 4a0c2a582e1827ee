using Microsoft.Playwright;

namespace SellerConsole.Tests.Browser;

/// <summary>
/// Headless Debian Chromium through Playwright (no browser download: the machine has none to reach).
/// Collects console errors and page errors so a test can assert there were none.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _errors = [];
    private readonly List<string> _console = [];

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            lock (_console) { _console.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {message.Type}: {message.Text}"); }
            if (message.Type == "error") lock (_errors) { _errors.Add($"console: {message.Text} @ {page.Url}"); }
        };
        page.WebSocket += (_, socket) =>
        {
            lock (_console) { _console.Add($"{DateTime.UtcNow:HH:mm:ss.fff} websocket open {socket.Url}"); }
            socket.Close += (_, _) => { lock (_console) { _console.Add($"{DateTime.UtcNow:HH:mm:ss.fff} websocket closed"); } };
        };
        page.PageError += (_, error) => { lock (_errors) { _errors.Add($"page error: {error} @ {page.Url}"); } };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get { lock (_errors) { return _errors.ToList(); } }
    }

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("SELLERCONSOLE_CHROMIUM") is { Length: > 0 } custom ? custom : "/usr/bin/chromium";

    public static async Task<BrowserSession> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install Debian's 'chromium' package (.ci/run does) or set SELLERCONSOLE_CHROMIUM.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        page.SetDefaultTimeout(20_000);
        // Assertions wait separately (5 s by default): too tight on two shared cores during a full run.
        Assertions.SetDefaultExpectTimeout(15_000);
        return new BrowserSession(playwright, browser, page);
    }

    public Task SignInAsOwnerAsync(RunningApp app) => SignInAsync(app.BaseUrl, RunningApp.OwnerEmail, RunningApp.OwnerPassword);

    public async Task SignInAsync(string baseUrl, string email, string password)
    {
        await Page.GotoAsync($"{baseUrl}/login");
        await Page.FillAsync("#email", email);
        await Page.FillAsync("#password", password);
        await Page.ClickAsync("button[type=submit]");
    }

    /// <summary>Runs a test body; on failure, adds the app's log, the browser's errors and a screenshot path.</summary>
    public async Task DiagnoseAsync(RunningApp app, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch (Exception ex)
        {
            var shot = Path.Combine(Path.GetTempPath(), $"sellerconsole-failure-{Guid.NewGuid():N}.png");
            // A screenshot that times out (a starved machine) must not hide the failure it was taken for.
            try { await Page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true, Timeout = 5_000 }); }
            catch (Exception e) when (e is PlaywrightException or TimeoutException) { shot = $"(no screenshot: {e.GetType().Name})"; }
            throw new Xunit.Sdk.XunitException(
                $"{ex.Message}\n--- url: {Page.Url}\n--- screenshot: {shot}\n--- browser errors:\n{string.Join("\n", Errors)}\n--- console:\n{string.Join("\n", _console.TakeLast(30))}\n--- app log (tail):\n{Tail(app.Output, 60)}");
        }
    }

    private static string Tail(string text, int lines) => string.Join("\n", text.Split('\n').TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
