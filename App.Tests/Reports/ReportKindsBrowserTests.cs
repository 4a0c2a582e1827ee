using System.Net.Http.Json;
using System.Text.Json;
using SellerConsole.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Reports;

[Collection(BrowserCollection.Name)]
public sealed class ReportKindsBrowserTests
{
    [Fact]
    public async Task The_repricing_listing_health_and_competition_reports_open_from_the_index_and_fit_a_desktop_and_a_phone()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string>
        {
            ["Sandbox:Listings"] = "12",
            ["Sandbox:TimeCompression"] = "20",
            ["Sandbox:SilentDropRate"] = "0",
        });
        using var http = app.CreateApiClient();
        // A shop with history: the sync chain, the repricer in Auto with a floor, scores, and a second offers sync to see the market move.
        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await http.PostAsync("/api/v1/marketplace/sync", null)).StatusCode);
        var skus = await WaitForAsync(http, "/api/v1/listings?pageSize=100", j =>
            j.GetProperty("items").EnumerateArray().Count(l => l.GetProperty("offerCount").ValueKind == JsonValueKind.Number) == 12
                ? [.. j.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("sku").GetString()!)] : null as string[]);
        Assert.True((await http.PutAsJsonAsync("/api/v1/repricing/skus", new { skus, manualFloor = 1.00m })).IsSuccessStatusCode);
        Assert.True((await http.PutAsJsonAsync("/api/v1/repricing/mode", new { mode = "Auto", dailyChangeBudget = (int?)null })).IsSuccessStatusCode);
        (await http.PostAsJsonAsync("/api/v1/repricing/run", new { skus = (string[]?)null })).EnsureSuccessStatusCode();
        (await http.PostAsync("/api/v1/jobs/listing-scores/run", null)).EnsureSuccessStatusCode();
        (await http.PostAsync("/api/v1/marketplace/sync?syncs=offers", null)).EnsureSuccessStatusCode();
        await WaitForAsync(http, "/api/v1/reports/repricing", j => j.GetProperty("hasData").GetBoolean() ? "" : null);
        var scored = await WaitForAsync(http, "/api/v1/reports/listing-health", j => j.GetProperty("rows").GetArrayLength() is > 0 and var n ? (int?)n : null);

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await page.GotoAsync($"{app.BaseUrl}/reports");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            foreach (var kind in new[] { "profit", "repricing", "listing-health", "competition", "catalogue" })
            {
                await Expect(page.Locator($"[data-testid=report-card-{kind}]")).ToBeVisibleAsync();
            }
            foreach (var (kind, title) in new[] { ("repricing", "Repricing activity"), ("listing-health", "Listing health"), ("competition", "Competition") })
            {
                await page.SetViewportSizeAsync(1280, 900);
                await page.GotoAsync($"{app.BaseUrl}/reports");
                await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
                await page.ClickAsync($"[data-testid=report-open-{kind}]");
                await Expect(page.Locator("h1")).ToHaveTextAsync(title);
                await Expect(page.Locator("[data-testid=report-summary]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
                await Expect(page.Locator("[data-testid=report-chart-0]")).ToHaveAttributeAsync("data-rendered", "true", new() { Timeout = 30_000 });
                if (kind == "listing-health")
                {
                    await Expect(page.Locator("[data-testid='report-section-Listings'] tbody tr")).ToHaveCountAsync(scored!.Value);
                }
                if (kind == "repricing")
                {
                    await Expect(page.Locator("[data-testid='report-section-Price changes'] tbody tr").First).ToHaveAttributeAsync("data-key", new System.Text.RegularExpressions.Regex(@"^\d"));
                }
                foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
                {
                    // Loaded at each width, as a phone opens it: the chart is drawn for the width it has.
                    await page.SetViewportSizeAsync(width, height);
                    await page.ReloadAsync();
                    await Expect(page.Locator("[data-testid=report-chart-0]")).ToHaveAttributeAsync("data-rendered", "true", new() { Timeout = 30_000 });
                    Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, $"/reports/{kind} scrolls sideways at {width}px");
                    await Shots.TakeAsync(page, $"report-{kind}");
                }
            }
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    private static async Task<T> WaitForAsync<T>(HttpClient http, string url, Func<JsonElement, T?> done)
    {
        for (var i = 0; i < 360; i++)
        {
            if (done(await http.GetFromJsonAsync<JsonElement>(url)) is { } result) return result;
            await Task.Delay(500);
        }
        throw new TimeoutException($"{url} never had what the test waits for");
    }
}
