using System.Net;
using SellerConsole.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Scoring.Data;

[Collection(BrowserCollection.Name)]
public sealed class PeerBenchmarkBrowserTests
{
    [Fact]
    public async Task After_a_first_catalogue_sync_a_listing_card_benchmarks_against_peers_with_their_keepa_ratings()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string>
        {
            ["Sandbox:Listings"] = "12",
            ["Sandbox:TimeCompression"] = "20",
        });
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            using var http = app.CreateApiClient();
            Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue", null)).StatusCode);
            await page.GotoAsync($"{app.BaseUrl}/scoring");
            await Expect(page.Locator("[data-testid=scoring-total]")).ToHaveTextAsync("12 listing(s)", new() { Timeout = 60_000 });
            var sku = await page.Locator("[data-testid=scoring-score]").First.GetAttributeAsync("data-sku");

            // The new-listings worker gives the listing a category, peers and Keepa ratings; reload until it has.
            var ratings = page.Locator("[data-testid=listing-benchmark-peers] [data-testid=listing-benchmark-peer-rating]");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            do
            {
                await page.GotoAsync($"{app.BaseUrl}/catalogue/{Uri.EscapeDataString(sku!)}");
                await Expect(page.Locator("[data-testid=listing-score]")).ToBeVisibleAsync();
            }
            while (await ratings.CountAsync() == 0 && DateTime.UtcNow < deadline && await Pause());

            await Expect(ratings.First).ToContainTextAsync("★");
            await Expect(page.Locator("[data-testid=listing-benchmark-sources]")).ToContainTextAsync("from Keepa, last asked");
            await Expect(page.Locator("[data-testid=listing-benchmark]")).Not.ToContainTextAsync("not reported");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(1000);
        return true;
    }
}
