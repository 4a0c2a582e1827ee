using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SecurityTokensTests
{
    [Fact]
    public async Task Revoking_an_api_token_asks_first_and_cancel_keeps_the_token_working()
    {
        await using var app = await RunningApp.StartWithOwnerAsync();
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
            await page.GotoAsync(app.BaseUrl + "/settings");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "API tokens" }).ClickAsync();

            await page.Locator("input[name=tokenName]").FillAsync("nightly-export");
            await page.Locator("[data-testid=token-create]").ClickAsync();
            var plain = (await page.Locator("[data-testid=new-token]").InnerTextAsync()).Trim();
            Assert.False(string.IsNullOrEmpty(plain));
            var row = page.Locator("tr", new() { Has = page.Locator("[data-testid=token-row-name]", new() { HasText = "nightly-export" }) });
            await Expect(row).ToHaveCountAsync(1);
            Assert.Equal(HttpStatusCode.OK, await AuditStatusWithAsync(app, plain));

            // Cancel: the dialog closes, the token is still active and still opens the API.
            await row.Locator("[data-testid=token-revoke]").ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync("Revoke 'nightly-export'?");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            await Expect(row.Locator("[data-testid=token-revoke]")).ToBeVisibleAsync();
            await Expect(row.Locator("[data-testid=token-revoked]")).ToHaveCountAsync(0);
            Assert.Equal(HttpStatusCode.OK, await AuditStatusWithAsync(app, plain));

            // Confirm: now it is revoked and refused.
            await row.Locator("[data-testid=token-revoke]").ClickAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
            await Expect(row.Locator("[data-testid=token-revoked]")).ToBeVisibleAsync();
            Assert.Equal(HttpStatusCode.Unauthorized, await AuditStatusWithAsync(app, plain));

            // The plain token was shown once: a fresh visit shows only its prefix.
            await page.ReloadAsync();
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            Assert.DoesNotContain(plain, await page.ContentAsync());
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    private static async Task<HttpStatusCode> AuditStatusWithAsync(RunningApp app, string token)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.GetAsync("/api/v1/audit");
        return response.StatusCode;
    }
}
