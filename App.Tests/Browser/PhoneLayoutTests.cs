using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

/// <summary>The console on a 390 px phone: what a seller checking stock on the move must still reach and read.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task On_a_390_px_phone_sign_out_is_reachable_the_catalogue_shows_titles_and_prices_and_the_cost_form_keeps_quantity_and_waste()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string> { ["Sandbox:Listings"] = "12" });
        using var http = app.CreateApiClient();
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue", null)).StatusCode);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await page.SetViewportSizeAsync(PhoneWidth, 844);
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await AssertOnScreenAsync(page.Locator("[data-testid=sign-out]"), "sign out");
            await AssertNoPageScrollAsync(page, "dashboard");

            await page.GotoAsync($"{app.BaseUrl}/catalogue");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync("12 listing(s)", new() { Timeout = 60_000 });
            var row = page.Locator("[data-testid=catalogue-grid] .catalogue-row").First;
            await AssertOnScreenAsync(row.Locator("[data-testid=catalogue-price]"), "catalogue price");
            await AssertOnScreenAsync(row.Locator(".col-title"), "catalogue title");
            await AssertNoPageScrollAsync(page, "catalogue");
            await Shots.TakeAsync(page, "phone-catalogue");

            var sku = await row.Locator("[data-testid=catalogue-sku]").InnerTextAsync();
            await page.GotoAsync($"{app.BaseUrl}/costs/{Uri.EscapeDataString(sku.Trim())}");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            var line = page.Locator("[data-testid=sku-definition] [data-testid=bom-line-0]");
            await AssertOnScreenAsync(line.Locator("input[name=quantity]"), "BOM quantity");
            await AssertOnScreenAsync(line.Locator("input[name=waste]"), "BOM waste");
            await AssertOnScreenAsync(line.Locator("input[name=code]"), "BOM code");
            await AssertNoPageScrollAsync(page, "cost form");
            await Shots.TakeAsync(page, "phone-sku-costs");

            await page.GotoAsync($"{app.BaseUrl}/costing/kits");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await page.Locator("[data-testid=new-kit]").ClickAsync();
            await AssertOnScreenAsync(page.Locator("[data-testid=kit-editor] [data-testid=bom-line-0] input[name=waste]"), "kit waste");
            await AssertNoPageScrollAsync(page, "kits");
            await Shots.TakeAsync(page, "phone-kits");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    /// <summary>Visible and wholly inside the phone's width, so a thumb can reach it without scrolling sideways.</summary>
    internal static async Task AssertOnScreenAsync(ILocator locator, string what)
    {
        await Expect(locator).ToBeVisibleAsync();
        await locator.ScrollIntoViewIfNeededAsync();
        var box = await locator.BoundingBoxAsync();
        Assert.True(box is not null, $"{what} has no box");
        Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth + 0.5, $"{what} is off-screen: x={box.X}, width={box.Width}");
    }

    internal static async Task AssertNoPageScrollAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{where}: the page scrolls sideways ({widths[0]} px wide in {widths[1]} px)");
    }
}
