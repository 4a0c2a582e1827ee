using Microsoft.Playwright;
using SellerConsole.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Operations;

public sealed class ReadinessBrowserTests
{
    [Fact]
    public async Task The_readiness_card_fits_a_390_px_phone_and_checks_again_on_demand()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string> { ["Sandbox:Listings"] = "12" });
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await page.GotoAsync($"{app.BaseUrl}/jobs");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            var card = page.Locator("[data-testid=readiness-card]");
            await Expect(card.Locator("[data-check=database]")).ToContainTextAsync("sqlite reachable");
            await Expect(card.Locator("[data-check=disk]")).ToContainTextAsync("free of");
            await card.Locator("[data-testid=readiness-refresh]").ClickAsync();
            await Expect(card.Locator("[data-check=scheduler]")).ToBeVisibleAsync();
            await Shots.TakeAsync(page, "ops-readiness-desktop");

            await page.SetViewportSizeAsync(390, 844);
            await Expect(card).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
            Assert.False(overflow, "the Jobs page scrolls sideways on a phone");
            await Shots.TakeAsync(page, "ops-readiness-phone");
        });
    }
}
