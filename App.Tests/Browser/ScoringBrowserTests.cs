using System.Globalization;
using System.Net;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ScoringBrowserTests
{
    [Fact]
    public async Task The_scoring_page_fills_worst_first_as_a_sync_runs_and_the_try_editor_rescores_as_the_title_is_edited()
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
            await page.Locator("a[href='/scoring']").First.ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Scoring");
            await Expect(page.Locator("[data-testid=scoring-total]")).ToHaveTextAsync("0 listing(s)");

            using var http = app.CreateApiClient();
            Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue", null)).StatusCode);

            // Scores arrive live (the sync's listing events rescore), worst first.
            await Expect(page.Locator("[data-testid=scoring-total]")).ToHaveTextAsync("30 listing(s)", new() { Timeout = 60_000 });
            var scores = (await page.Locator("[data-testid=scoring-score]").AllInnerTextsAsync())
                .Select(s => decimal.Parse(s.Trim(), CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(30, scores.Count);
            Assert.Equal(scores.Order(), scores);
            Assert.True(scores[0] < scores[^1], "the sandbox has good and bad listings");

            // The best listing's editor (the worst may sit at the blocking cap): a title that breaks rules lowers
            // the draft score as it is typed.
            var best = await page.Locator("[data-testid=scoring-score]").Last.GetAttributeAsync("data-sku");
            await page.GotoAsync($"{app.BaseUrl}/scoring/{Uri.EscapeDataString(best!)}/try");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Try a new title or bullets");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=try-delta]")).ToContainTextAsync("±0.0");
            var before = await page.Locator("[data-testid=try-score]").InnerTextAsync();

            await page.Locator("[data-testid=try-title]").FillAsync("BEST SCREWS EVER!!! BUY NOW " + new string('X', 200));

            await Expect(page.Locator("[data-testid=try-score]")).Not.ToHaveTextAsync(before);
            await Expect(page.Locator("[data-testid=try-delta]")).ToContainTextAsync("−");
            await Expect(page.Locator("[data-testid=try-appeared] [data-rule='title.length.max']")).ToHaveCountAsync(1);

            await page.Locator("[data-testid=try-reset]").ClickAsync();
            await Expect(page.Locator("[data-testid=try-score]")).ToHaveTextAsync(before);
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    [Fact]
    public async Task A_listing_page_shows_its_score_card_with_the_fix_first_checklist_and_its_peers_keepa_ratings()
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

            await page.Locator("[data-testid=scoring-grid] a[href^='/catalogue/']").First.ClickAsync();

            var card = page.Locator("[data-testid=listing-score]");
            await Expect(card.Locator("[data-testid=listing-score-value]")).ToBeVisibleAsync();
            Assert.True(await card.Locator("[data-testid=listing-score-finding]").CountAsync() > 0);
            await Expect(card).ToContainTextAsync("Fix:");
            await Expect(card.Locator("[data-testid=listing-score-try]")).ToBeVisibleAsync();

            // The new-listings worker gives the listing a category, peers and their Keepa ratings; reload until it has.
            var listingUrl = page.Url;
            var ratings = page.Locator("[data-testid=listing-benchmark-peers] [data-testid=listing-benchmark-peer-rating]");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await ratings.CountAsync() == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(1000);
                await page.GotoAsync(listingUrl);
                await Expect(card).ToBeVisibleAsync();
            }
            await Expect(ratings.First).ToContainTextAsync("★");
            await Expect(page.Locator("[data-testid=listing-benchmark-sources]")).ToContainTextAsync("from Keepa, last asked");
            await Expect(page.Locator("[data-testid=listing-benchmark]")).Not.ToContainTextAsync("not reported");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }
}
