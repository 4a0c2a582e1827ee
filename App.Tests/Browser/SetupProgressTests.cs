using System.Net;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SetupProgressTests
{
    [Fact]
    public async Task The_setup_page_says_the_sandbox_shop_is_being_loaded_and_follows_the_first_sync_live_until_it_is_loaded()
    {
        // The scheduler on, as a fresh install runs it: the first-start chain begins syncing before any owner exists.
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["Jobs:Enabled"] = "true",
            ["Sandbox:Listings"] = "40",
            // Amazon's usage plans x20: the test is about the page following the load, not about the plans' pace.
            ["Sandbox:TimeCompression"] = "20",
        });
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync(app.BaseUrl + "/");
            Assert.EndsWith("/setup", page.Url);
            var progress = page.Locator("#setup-progress");
            await Expect(progress).ToContainTextAsync("Your Sandbox shop is being loaded", new() { Timeout = 30_000 });
            await Shots.TakeAsync(page, "setup-loading");
            await page.EvaluateAsync("() => window.__sameDocument = true");

            // The line follows the load without a reload, and the form keeps what was typed meanwhile.
            await page.FillAsync("#email", "seller@example.co.uk");
            await Expect(progress).ToContainTextAsync("Your Sandbox shop is loaded: 40 listing(s).", new() { Timeout = 120_000 });
            Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
            Assert.Equal("seller@example.co.uk", await page.InputValueAsync("#email"));
            await page.SetViewportSizeAsync(390, 844);
            await Shots.TakeAsync(page, "setup-loaded");

            // Once the owner exists the progress endpoint is gone, like the setup page.
            await page.FillAsync("#password", "a sturdy passphrase");
            await page.FillAsync("#confirm", "a sturdy passphrase");
            await page.ClickAsync("button[type=submit]");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
            using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
            var after = await http.GetAsync("/account/setup/progress");
            Assert.Equal(HttpStatusCode.NoContent, after.StatusCode);
            Assert.Empty(await after.Content.ReadAsByteArrayAsync());
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }
}
