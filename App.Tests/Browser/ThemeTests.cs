using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ThemeTests
{
    private const string LightBackground = "rgb(245, 247, 250)";
    private const string DarkBackground = "rgb(20, 24, 32)";

    [Fact]
    public async Task The_dark_theme_choice_survives_a_reload_and_reaches_the_sign_in_page()
    {
        await using var app = await RunningApp.StartWithOwnerAsync();
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            Assert.Equal(LightBackground, await BackgroundAsync());

            await page.Locator("[data-testid=theme-toggle]").ClickAsync();
            await page.WaitForFunctionAsync($"() => getComputedStyle(document.body).backgroundColor === '{DarkBackground}'");

            await page.ReloadAsync();
            await Expect(page.Locator("body.sc-dark")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            Assert.Equal(DarkBackground, await BackgroundAsync());

            // The static sign-in page follows the same choice.
            await page.GotoAsync(app.BaseUrl + "/login");
            Assert.Equal(DarkBackground, await BackgroundAsync());
        });

        Task<string> BackgroundAsync() => page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
    }
}
