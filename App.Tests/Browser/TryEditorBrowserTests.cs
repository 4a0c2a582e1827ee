using System.Net;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class TryEditorBrowserTests
{
    [Fact]
    public async Task A_ten_thousand_character_title_does_not_resolve_the_mobile_length_finding_and_new_findings_are_not_repeated_under_still_to_fix()
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
            await page.SetViewportSizeAsync(1280, 900);
            await browser.SignInAsOwnerAsync(app);
            using var http = app.CreateApiClient();
            Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue", null)).StatusCode);
            await page.GotoAsync($"{app.BaseUrl}/scoring");
            await Expect(page.Locator("[data-testid=scoring-total]")).ToHaveTextAsync("12 listing(s)", new() { Timeout = 60_000 });
            // A listing whose live title already has the mobile-length finding (81 to 200 characters).
            using var listings = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/api/v1/listings?pageSize=50"));
            var sku = listings.RootElement.GetProperty("items").EnumerateArray()
                .First(i => i.GetProperty("title").GetString() is { Length: > 80 and <= 200 })
                .GetProperty("sku").GetString();

            await page.GotoAsync($"{app.BaseUrl}/scoring/{Uri.EscapeDataString(sku!)}/try");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=try-findings] [data-rule='title.length.mobile']")).ToHaveCountAsync(1);
            await page.Locator("[data-testid=try-title]").FillAsync("Forgemaster Drill " + string.Join(" ", Enumerable.Range(0, 2500).Select(i => $"W{i}")));
            var title = await page.Locator("[data-testid=try-title]").InputValueAsync();
            Assert.True(title.Length > 10_000, $"{title.Length} characters");

            await Expect(page.Locator("[data-testid=try-appeared] [data-rule='title.length.max']")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-testid=try-resolved] [data-rule='title.length.mobile']")).ToHaveCountAsync(0);
            var appeared = await page.Locator("[data-testid=try-appeared] li").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.rule)");
            var remaining = await page.Locator("[data-testid=try-findings] li").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.rule)");
            Assert.Empty(appeared.Intersect(remaining));
            await Expect(page.Locator("[data-testid=try-result]")).Not.ToContainTextAsync("(0.0 pts)");
            await Shots.TakeAsync(page, "try-long-title");
            await page.SetViewportSizeAsync(390, 844);
            await PhoneLayoutTests.AssertNoPageScrollAsync(page, "try editor");
            await Shots.TakeAsync(page, "try-long-title");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }
}
