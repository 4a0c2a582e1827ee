using System.Net;
using SellerConsole.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

/// <summary>
/// Two real SellerConsole processes on one PostgreSQL database, as two VPS nodes behind a proxy would run.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoNodeBrowserTests
{
    [Fact]
    public async Task A_sign_in_on_one_node_works_on_the_other_and_a_page_on_one_fills_as_the_other_syncs()
    {
        var database = await (await ThrowawayPostgres.SharedAsync()).CreateDatabaseAsync("nodes");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Seller"] = database,
            ["Sandbox:Listings"] = "30",
            ["Sandbox:TimeCompression"] = "20",
        };
        // One after the other, as an operator adds a node: the first migrates the empty database.
        await using var nodeA = await RunningApp.StartWithOwnerAsync(settings);
        await using var nodeB = await RunningApp.StartWithOwnerAsync(settings);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(nodeA, async () =>
        {
            await browser.SignInAsOwnerAsync(nodeA);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
            await page.GotoAsync(nodeA.BaseUrl + "/catalogue");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync("0 listing(s)");
            await page.EvaluateAsync("() => window.__sameDocument = true");

            // Node B syncs its shop into the shared database; node A's open page hears of it over LISTEN/NOTIFY.
            using var http = nodeB.CreateApiClient();
            Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue,offers", null)).StatusCode);
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync("30 listing(s)", new() { Timeout = 90_000 });
            await Expect(page.Locator("[data-testid=catalogue-grid]")).ToContainTextAsync("Won", new() { Timeout = 90_000 });
            Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");

            // The cookie node A issued opens node B's pages (one set of Data Protection keys, in the database).
            await page.GotoAsync(nodeB.BaseUrl + "/catalogue");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Catalogue");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync("30 listing(s)");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }
}
