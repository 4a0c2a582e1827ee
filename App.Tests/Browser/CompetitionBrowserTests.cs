using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CompetitionBrowserTests
{
    [Fact]
    public async Task A_listing_charts_its_history_the_range_selector_changes_it_and_the_competition_page_shows_the_field()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string>
        {
            ["Sandbox:Listings"] = "12",
            ["Sandbox:TimeCompression"] = "20",
        });
        using var http = app.CreateApiClient();
        (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue,offers", null)).EnsureSuccessStatusCode();
        await WaitAsync(http, "/api/v1/marketplace/status", s => s.GetProperty("syncs").EnumerateArray()
            .Any(x => x.GetProperty("name").GetString() == "offers" && x.GetProperty("lastSuccessUtc").ValueKind == JsonValueKind.String));
        (await http.PostAsync("/api/v1/jobs/keepa-refresh/run", null)).EnsureSuccessStatusCode();
        await WaitAsync(http, "/api/v1/keepa/status", s => s.GetProperty("lastRun").ValueKind == JsonValueKind.Object);
        using var listings = JsonDocument.Parse(await http.GetStringAsync("/api/v1/listings?pageSize=1"));
        var sku = listings.RootElement.GetProperty("items").EnumerateArray().First().GetProperty("sku").GetString()!;

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await page.GotoAsync($"{app.BaseUrl}/catalogue/{Uri.EscapeDataString(sku)}");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            var history = page.Locator("[data-testid=listing-history]");
            // A flat series draws a zero-height path (not "visible" to Playwright), so check the drawn paths exist.
            await Expect(history.Locator("[data-testid=history-prices] .rz-line-series path[d^='M']").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
            // A series is drawn as one line per run between "no offer" gaps, but named once.
            Assert.True(await history.Locator("[data-testid=history-rank] .rz-line-series").CountAsync() >= 1, "the rank is drawn");
            var named = await history.Locator("[data-testid=history-legend] > span").AllInnerTextsAsync();
            Assert.Equal(named.Count, named.Distinct().Count());
            Assert.Contains(named, n => n.Trim() == "Our price");
            var ninetyDays = int.Parse(await history.Locator("[data-testid=history-points]").InnerTextAsync());

            await history.Locator("[data-testid=history-range] .rz-button", new() { HasText = "All" }).ClickAsync();
            await Expect(history.Locator("[data-testid=history-points]")).Not.ToHaveTextAsync(ninetyDays.ToString());
            Assert.True(int.Parse(await history.Locator("[data-testid=history-points]").InnerTextAsync()) > ninetyDays, "two years hold more change-points than 90 days");

            await page.ClickAsync(".rz-sidebar a[href='/competition']");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Competition");
            await Expect(page.Locator("[data-testid=competition-grid] .rz-data-row")).ToHaveCountAsync(12);
            await Expect(page.Locator("[data-testid=keepa-tokens]")).Not.ToHaveTextAsync("—");
            await Expect(page.Locator("[data-testid=competition-grid]")).ToContainTextAsync(sku);
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    private static async Task WaitAsync(HttpClient http, string url, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync(url));
            if (done(doc.RootElement)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{url} never got there: {doc.RootElement}");
            await Task.Delay(500);
        }
    }
}
