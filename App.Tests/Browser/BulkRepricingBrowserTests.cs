using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class BulkRepricingBrowserTests
{
    [Fact]
    public async Task Repricing_for_a_catalogue_filter_changes_only_the_ticked_setting_of_only_the_matching_skus_after_a_confirmation()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string> { ["Sandbox:Listings"] = "12", ["Sandbox:TimeCompression"] = "20" });
        using var http = app.CreateApiClient();
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue", null)).StatusCode);
        var skus = await Support.Eventually.GetAsync(async () =>
        {
            using var page = JsonDocument.Parse(await http.GetStringAsync("/api/v1/listings?pageSize=50"));
            return page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sku").GetString()!).ToList();
        }, list => list.Count == 12, TimeSpan.FromSeconds(90), "the catalogue sync");
        // Every SKU has its own floor; the bulk change must leave them alone.
        var floors = await http.PutAsJsonAsync("/api/v1/repricing/skus", new { skus, manualFloor = 2.50m, mode = "Off" });
        Assert.True(floors.IsSuccessStatusCode, await floors.Content.ReadAsStringAsync());
        var target = skus.First(s => !skus.Any(o => o != s && o.StartsWith(s, StringComparison.OrdinalIgnoreCase))); // matches itself only

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
            await page.GotoAsync($"{app.BaseUrl}/catalogue?q={Uri.EscapeDataString(target)}");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync("1 listing(s)");

            await page.Locator("[data-testid=catalogue-bulk-repricing]").ClickAsync();
            var dialog = page.Locator("[data-testid=bulk-repricing]");
            await Expect(dialog).ToContainTextAsync($"1 listing(s) matching search '{target}'");
            // Nothing ticked: refused with a reason, nothing asked or saved.
            await page.Locator("[data-testid=bulk-apply]").ClickAsync();
            await Expect(page.Locator("[data-testid=bulk-fields-error]")).ToContainTextAsync("Tick at least one setting to change.");

            await dialog.Locator("input[data-testid=bulk-change-mode], [data-testid=bulk-change-mode] input").CheckAsync();
            await dialog.Locator("[data-testid=bulk-mode]").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Suggest", Exact = true }).ClickAsync();
            await page.Locator("[data-testid=bulk-apply]").ClickAsync();
            var confirm = page.GetByRole(AriaRole.Dialog, new() { Name = "Change 1 SKU(s)?" });
            await Expect(confirm).ToContainTextAsync("Set mode Suggest; the rest left as each SKU has it.");
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
            await Expect(page.Locator(".mud-snackbar", new() { HasText = "Repricing settings changed for 1 SKU(s)" })).ToBeVisibleAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });

        var settings = await SettingsAsync(app);
        Assert.Equal(("Suggest", 250L), settings[target]);
        Assert.All(skus.Where(s => s != target), sku => Assert.Equal(("Off", 250L), settings[sku]));

        // The API does the same with `change`: only the floor here, the mode the page set stays.
        var floorOnly = await http.PutAsJsonAsync("/api/v1/repricing/skus", new { skus = new[] { target }, manualFloor = 3.00m, change = new[] { "floor" } });
        Assert.True(floorOnly.IsSuccessStatusCode, await floorOnly.Content.ReadAsStringAsync());
        Assert.Equal(("Suggest", 300L), (await SettingsAsync(app))[target]);
        var unknown = await http.PutAsJsonAsync("/api/v1/repricing/skus", new { skus = new[] { target }, change = new[] { "colour" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'colour' is not one of: strategy, mode, floor, ceiling.", await unknown.Content.ReadAsStringAsync());
    }

    private static async Task<Dictionary<string, (string? Mode, long? Floor)>> SettingsAsync(RunningApp app)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "seller.db")};Mode=ReadOnly");
        await db.OpenAsync();
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT Sku, Mode, ManualFloorPence FROM SkuPricing";
        await using var reader = await query.ExecuteReaderAsync();
        var result = new Dictionary<string, (string?, long?)>();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
        }
        return result;
    }
}
