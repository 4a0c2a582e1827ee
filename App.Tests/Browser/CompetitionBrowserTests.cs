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
            var prices = history.Locator("[data-testid=history-prices]");
            await Expect(prices).ToHaveAttributeAsync("data-rendered", "true", new() { Timeout = 30_000 });
            // One series per price line, named once in the legend however many "no offer" gaps break it.
            var seriesCount = int.Parse((await prices.GetAttributeAsync("data-series-count"))!);
            var named = await prices.Locator(".apexcharts-legend-text").AllInnerTextsAsync();
            Assert.Equal(seriesCount, named.Count);
            Assert.Equal(named.Count, named.Distinct().Count());
            Assert.Contains(named, n => n.Trim() == "Our price");
            Assert.Equal(seriesCount, await prices.Locator(".apexcharts-line-series .apexcharts-series").CountAsync());
            // Money on the y axis in pounds and pence.
            Assert.Matches(@"^£\d[\d,]*\.\d\d$", (await prices.Locator(".apexcharts-yaxis-label tspan").First.TextContentAsync())!.Trim());
            // Each of our price changes is a dot on the chart.
            var markers = int.Parse((await prices.GetAttributeAsync("data-markers"))!);
            Assert.Equal(markers, await prices.Locator(".apexcharts-point-annotation-marker, .apexcharts-xaxis-annotations line").CountAsync());
            // A gap (a null) breaks its line: the drawn path starts again after it.
            var gaps = int.Parse((await prices.GetAttributeAsync("data-gaps"))!);
            var moves = 0;
            foreach (var path in await prices.Locator(".apexcharts-line-series .apexcharts-series path.apexcharts-line").AllAsync())
            {
                moves += (await path.GetAttributeAsync("d") ?? "").Count(c => c == 'M');
            }
            Assert.True(moves >= seriesCount + gaps, $"{moves} subpaths for {seriesCount} series with {gaps} gaps");
            await Expect(history.Locator("[data-testid=history-rank]")).ToHaveAttributeAsync("data-rendered", "true");
            await Expect(history.Locator("[data-testid=history-offers]")).ToHaveAttributeAsync("data-rendered", "true");
            Assert.Matches(@"^\d[\d,]*$", (await history.Locator("[data-testid=history-rank] .apexcharts-yaxis-label tspan").Last.TextContentAsync())!.Trim());
            var ninetyDays = int.Parse(await history.Locator("[data-testid=history-points]").InnerTextAsync());

            await history.Locator("[data-testid=history-range]").GetByText("All", new() { Exact = true }).ClickAsync();
            await Expect(history.Locator("[data-testid=history-points]")).Not.ToHaveTextAsync(ninetyDays.ToString());
            Assert.True(int.Parse(await history.Locator("[data-testid=history-points]").InnerTextAsync()) > ninetyDays, "two years hold more change-points than 90 days");
            // The same chart is updated, not re-created: its markers are replaced, not added to.
            await Expect(prices.Locator(".apexcharts-point-annotation-marker, .apexcharts-xaxis-annotations line"))
                .ToHaveCountAsync(int.Parse((await prices.GetAttributeAsync("data-markers"))!));

            await page.Locator("a[href='/competition']").First.ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Competition");
            await Expect(page.Locator("[data-testid=competition-grid] [data-testid=competition-row]")).ToHaveCountAsync(12);
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
