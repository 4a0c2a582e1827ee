using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SecurityTokensTests
{
    [Fact]
    public async Task Tokens_are_created_with_a_scope_and_expiry_and_revoking_asks_first_and_cancel_keeps_the_token_working()
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

            // Just signed in, so no password is asked; the default is read-only, expiring in 90 days. Enter creates it.
            await Expect(page.Locator("[data-testid=token-password]")).ToHaveCountAsync(0);
            await page.Locator("input[name=tokenName]").FillAsync("nightly-export");
            await page.Locator("input[name=tokenName]").PressAsync("Enter");
            var plain = (await page.Locator("[data-testid=new-token]").InnerTextAsync()).Trim();
            Assert.False(string.IsNullOrEmpty(plain));
            var row = page.Locator("tr", new() { Has = page.Locator("[data-testid=token-row-name]", new() { HasText = "nightly-export" }) });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator("[data-testid=token-row-scope]")).ToHaveTextAsync("read-only");
            await Expect(row.Locator("[data-testid=token-row-expires]")).Not.ToHaveTextAsync("never");
            Assert.Equal(HttpStatusCode.OK, await AuditStatusWithAsync(app, plain));
            Assert.Equal(HttpStatusCode.Forbidden, await BackupStatusWithAsync(app, plain));

            // A read-write token that never expires: pick both, one click on Create.
            await page.Locator("input[name=tokenName]").FillAsync("deploy");
            await page.Locator("[data-testid=token-scope]").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Read-write" }).ClickAsync();
            await page.Locator("[data-testid=token-expiry]").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "never" }).ClickAsync();
            await page.Locator("[data-testid=token-create]").ClickAsync();
            var deployRow = page.Locator("tr", new() { Has = page.Locator("[data-testid=token-row-name]", new() { HasText = "deploy" }) });
            await Expect(deployRow.Locator("[data-testid=token-row-scope]")).ToHaveTextAsync("read-write");
            await Expect(deployRow.Locator("[data-testid=token-row-expires]")).ToHaveTextAsync("never");
            var deploy = (await page.Locator("[data-testid=new-token]").InnerTextAsync()).Trim();
            Assert.NotEqual(plain, deploy);
            Assert.Equal(HttpStatusCode.Accepted, await BackupStatusWithAsync(app, deploy));
            // A token is not a browser session.
            Assert.Equal(HttpStatusCode.Unauthorized, await PageStatusWithAsync(app, deploy, "/settings"));

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

    private static async Task<HttpStatusCode> BackupStatusWithAsync(RunningApp app, string token)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.PostAsync("/api/v1/jobs/backup/run", null);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> PageStatusWithAsync(RunningApp app, string token, string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.GetAsync(path);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> AuditStatusWithAsync(RunningApp app, string token)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.GetAsync("/api/v1/audit");
        return response.StatusCode;
    }
}
