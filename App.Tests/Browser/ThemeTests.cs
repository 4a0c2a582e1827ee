using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ThemeTests
{
    [Fact]
    public async Task The_dark_theme_choice_survives_a_reload()
    {
        await using var app = await RunningApp.StartWithOwnerAsync();
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            var theme = page.Locator("link[href*='Radzen.Blazor/css/']");
            await Expect(theme).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("material-base"));

            await page.Locator(".rz-header .rz-toggle-button").ClickAsync();
            await Expect(theme).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("material-dark-base"));

            await page.ReloadAsync();
            await Expect(page.Locator("link[href*='Radzen.Blazor/css/']")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("material-dark-base"));
        });
    }
}
