using System.Net;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CatalogueLiveTests
{
    [Fact]
    public async Task An_open_catalogue_fills_itself_as_a_sync_runs_and_a_listing_shows_its_offers()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string>
        {
            ["Sandbox:Listings"] = "30",
            ["Sandbox:TimeCompression"] = "20",
        });
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await page.Locator("a[href='/catalogue']").First.ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Catalogue");
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync("0 listing(s)");
            await page.EvaluateAsync("() => window.__sameDocument = true");

            // Start the catalogue and offers syncs through the API, as automation would.
            using var http = app.CreateApiClient();
            var started = await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue,offers", null);
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);

            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync("30 listing(s)", new() { Timeout = 60_000 });
            await Expect(page.Locator("[data-testid=catalogue-grid]")).ToContainTextAsync("Won", new() { Timeout = 60_000 });
            Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");

            // A listing's page shows every offer with the buy box winner marked.
            await page.Locator("[data-testid=catalogue-grid] [data-testid=catalogue-sku]").First.ClickAsync();
            await Expect(page.Locator("[data-testid=listing-offers] [data-testid=offers-table]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=listing-offers] [data-testid=buybox-winner]")).ToHaveCountAsync(1);
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }
}
