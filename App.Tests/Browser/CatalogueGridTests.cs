using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CatalogueGridTests
{
    private const int Listings = 120;

    [Fact]
    public async Task The_catalogue_grid_pages_and_sorts_in_the_database_and_opens_filtered_from_a_link()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string> { ["Sandbox:Listings"] = Listings.ToString(), ["Sandbox:TimeCompression"] = "20" });
        using var http = app.CreateApiClient();
        (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue", null)).EnsureSuccessStatusCode();
        await WaitForCatalogueAsync(http);
        // The API runs the same queries as the grid: what the database says each page holds.
        var bySku = await SkusAsync(http, "sort=sku&pageSize=50");
        var bySkuPage2 = await SkusAsync(http, "sort=sku&pageSize=50&page=2");
        var cheapest = (await SkusAsync(http, "sort=price&pageSize=1"))[0];
        var dearest = (await SkusAsync(http, "sort=price&desc=true&pageSize=1"))[0];
        Assert.NotEqual(bySku[0], cheapest);

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await page.GotoAsync($"{app.BaseUrl}/catalogue");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            var grid = page.Locator("[data-testid=catalogue-grid]");
            var skus = grid.Locator("[data-testid=catalogue-sku]");
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync($"{Listings} listing(s)");
            await Expect(skus).ToHaveCountAsync(50);
            Assert.Equal(bySku, await skus.AllInnerTextsAsync());

            // Page 2 is the database's second page, not a slice of rows the browser already had.
            await grid.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
            await Expect(skus.First).ToHaveTextAsync(bySkuPage2[0]);
            Assert.Equal(bySkuPage2, await skus.AllInnerTextsAsync());
            Assert.Empty(bySku.Intersect(await skus.AllInnerTextsAsync()));

            // Sorting by price puts the cheapest of all listings first, then (clicked again) the dearest.
            await grid.GetByRole(AriaRole.Button, new() { Name = "First page" }).ClickAsync();
            await Expect(skus.First).ToHaveTextAsync(bySku[0]);
            var price = grid.Locator("th", new() { HasText = "Price" });
            await price.GetByRole(AriaRole.Button, new() { Name = "Sort" }).ClickAsync();
            await Expect(skus.First).ToHaveTextAsync(cheapest);
            var prices = (await grid.Locator("[data-testid=catalogue-price]").AllInnerTextsAsync()).Where(t => t != "—").Select(Pounds).ToList();
            Assert.Equal(prices.Order(), prices);
            await price.GetByRole(AriaRole.Button, new() { Name = "Sort" }).ClickAsync();
            await Expect(skus.First).ToHaveTextAsync(dearest);

            // A dashboard link opens the catalogue already filtered.
            var outOfStock = await TotalAsync(http, "inStock=false");
            await page.GotoAsync($"{app.BaseUrl}/catalogue?stock=out");
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync($"{outOfStock} listing(s)");
            Assert.True(outOfStock < Listings, "the filter is applied");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    private static decimal Pounds(string text) => decimal.Parse(text.Trim().TrimStart('£'), System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    private static async Task<List<string>> SkusAsync(HttpClient http, string query)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/listings?{query}"));
        return doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sku").GetString()!).ToList();
    }

    private static async Task<int> TotalAsync(HttpClient http, string query)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/listings?{query}&pageSize=1"));
        return doc.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task WaitForCatalogueAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v1/marketplace/status"));
            var synced = doc.RootElement.GetProperty("syncs").EnumerateArray()
                .Any(x => x.GetProperty("name").GetString() == "catalogue" && x.GetProperty("lastSuccessUtc").ValueKind == JsonValueKind.String);
            if (synced && await TotalAsync(http, "sort=sku") == Listings) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The catalogue sync never finished: {doc.RootElement}");
            await Task.Delay(500);
        }
    }
}
