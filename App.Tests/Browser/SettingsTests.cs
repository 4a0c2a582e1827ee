using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SettingsTests
{
    [Fact]
    public async Task A_saved_keepa_key_is_shown_masked_and_the_change_is_in_the_audit_log()
    {
        const string key = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWX9z8y";
        await using var app = await RunningApp.StartWithOwnerAsync();
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.SignInAsOwnerAsync(app);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");

        await page.GotoAsync(app.BaseUrl + "/settings");
        await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "Keepa" }).ClickAsync();
        var form = page.Locator("form[data-group=keepa]");
        await form.Locator("input[name='Keepa.ApiKey']").FillAsync(key);
        await form.Locator("[data-testid=save-keepa]").ClickAsync();

        await Expect(form.Locator("[data-testid='mask-Keepa.ApiKey']")).ToContainTextAsync("Stored: ••••9z8y");
        Assert.DoesNotContain(key, await page.ContentAsync());

        await page.GotoAsync(app.BaseUrl + "/audit");
        await Expect(page.Locator("[data-testid=audit-grid]")).ToContainTextAsync("settings.changed");
        await Expect(page.Locator("[data-testid=audit-grid]")).ToContainTextAsync("API key: (not set) → ••••9z8y");
        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
    }
}
