using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CatalogueFiltersTests
{
    private const int Listings = 60;

    [Fact]
    public async Task Search_runs_as_you_type_the_filters_survive_a_reload_and_a_shared_link_and_titles_use_the_width()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string> { ["Sandbox:Listings"] = Listings.ToString(), ["Sandbox:TimeCompression"] = "20" });
        using var http = app.CreateApiClient();
        (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue", null)).EnsureSuccessStatusCode();
        await WaitForCatalogueAsync(http);
        var target = await FirstAsync(http, "sort=title&desc=true");
        var asin = target.GetProperty("asin").GetString()!;
        var outOfStock = await TotalAsync(http, "inStock=false");
        Assert.InRange(outOfStock, 1, Listings - 1);

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await page.SetViewportSizeAsync(1440, 900);
            await page.GotoAsync($"{app.BaseUrl}/catalogue");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            var total = page.Locator("[data-testid=catalogue-total]");
            await Expect(total).ToHaveTextAsync($"{Listings} listing(s)");

            // A title has room on a 1440 px screen: far more than 20 characters on its line.
            var title = page.Locator(".catalogue-title").First;
            var box = await title.BoundingBoxAsync();
            Assert.True(box!.Width >= 380, $"the title column is {box.Width} px wide");

            // Typing is enough: no Enter, no leaving the box.
            await page.Locator("[data-testid=catalogue-search] input, input[data-testid=catalogue-search]").First.PressSequentiallyAsync(asin);
            await Expect(total).ToHaveTextAsync("1 listing(s)");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"[?&]q={asin}"));

            // A reload keeps the search in the box and the grid filtered.
            await page.ReloadAsync();
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(total).ToHaveTextAsync("1 listing(s)");
            Assert.Equal(asin, await page.Locator("[data-testid=catalogue-search] input, input[data-testid=catalogue-search]").First.InputValueAsync());

            // A shared link with a filter opens filtered; out-of-stock rows show their zero plainly, not as a red warning.
            await page.GotoAsync($"{app.BaseUrl}/catalogue?stock=out");
            await Expect(total).ToHaveTextAsync($"{outOfStock} listing(s)");
            var stock = page.Locator("[data-testid=catalogue-stock-cell]").First;
            await Expect(stock).ToContainTextAsync("0");
            Assert.Equal(0, await page.Locator("[data-testid=catalogue-grid] .mud-error-text").CountAsync());
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    private static async Task<JsonElement> FirstAsync(HttpClient http, string query)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/listings?{query}&pageSize=1"));
        return doc.RootElement.GetProperty("items")[0].Clone();
    }

    private static async Task<int> TotalAsync(HttpClient http, string query)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/listings?{query}&pageSize=1"));
        return doc.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task WaitForCatalogueAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await TotalAsync(http, "sort=sku") < Listings || !await CatalogueSyncedAsync(http))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The catalogue sync never finished");
            await Task.Delay(500);
        }
    }

    private static async Task<bool> CatalogueSyncedAsync(HttpClient http)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v1/marketplace/status"));
        return doc.RootElement.GetProperty("syncs").EnumerateArray()
            .Any(x => x.GetProperty("name").GetString() == "catalogue" && x.GetProperty("lastSuccessUtc").ValueKind == JsonValueKind.String);
    }
}
