using Microsoft.Playwright;
using SellerConsole.Tests.Browser;

namespace SellerConsole.Tests.Digests;

public sealed class DigestsPageBrowserTests
{
    [Fact]
    public async Task Send_a_test_without_email_settings_says_what_to_fill_in_and_the_page_fits_a_phone()
    {
        await using var app = await RunningApp.StartWithOwnerAsync();
        await using var browser = await BrowserSession.StartAsync();
        await browser.DiagnoseAsync(app, async () =>
        {
            var page = browser.Page;
            await browser.SignInAsOwnerAsync(app);
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync($"{app.BaseUrl}/digests");
            await Assertions.Expect(page.GetByTestId("email-state")).ToContainTextAsync("Email is not set up");
            await Assertions.Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync(); // a click on the prerendered page is lost
            await page.GetByTestId("smtp-send-test").ClickAsync();
            await Assertions.Expect(page.GetByTestId("smtp-test-result")).ToContainTextAsync("fill in SMTP host, From address, Send to");
            await Shots.TakeAsync(page, "digests-1280");

            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync($"{app.BaseUrl}/digests");
            await Assertions.Expect(page.GetByTestId("delivery-log")).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, "the page scrolls sideways at 390 px");
            await Shots.TakeAsync(page, "digests-390");
        });
    }
}
