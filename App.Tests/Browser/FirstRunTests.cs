using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class FirstRunTests
{
    [Fact]
    public async Task A_new_owner_sets_up_visits_every_page_and_watches_a_backup_finish_live()
    {
        await using var app = await RunningApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
        // First visit: no owner yet, so the console asks for one.
        await page.GotoAsync(app.BaseUrl + "/");
        Assert.EndsWith("/setup", page.Url);
        await page.FillAsync("#email", "seller@example.co.uk");
        await page.FillAsync("#password", "a sturdy passphrase");
        await page.FillAsync("#confirm", "a sturdy passphrase");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();

        // Every navigation entry opens a real page without a console error.
        // (Wait for each page's own heading: the URL changes on click, the page renders a moment later.)
        var pages = new Dictionary<string, string>
        {
            ["/"] = "Dashboard", ["/catalogue"] = "Catalogue", ["/orders"] = "Orders", ["/marketplace"] = "Marketplace",
            ["/competition"] = "Competition", ["/repricing"] = "Repricing", ["/scoring"] = "Scoring", ["/reports"] = "Reports",
            ["/margins"] = "Margins", ["/costing/components"] = "Components", ["/costing/kits"] = "Kits", ["/costing/postage"] = "Packaging & postage",
            ["/costing/settings"] = "Fees & VAT", ["/costing/import"] = "Cost import",
            ["/alerts"] = "Alerts", ["/automation"] = "Automation rules", ["/jobs"] = "Jobs", ["/digests"] = "Email digests", ["/audit"] = "Audit log", ["/settings"] = "Settings", ["/sandbox"] = "Sandbox",
        };
        var links = await page.Locator("[data-testid=nav] a[href]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.Equal(pages.Keys, links);
        foreach (var href in links)
        {
            await page.ClickAsync($"[data-testid=nav] a[href='{href}']");
            await page.WaitForURLAsync(app.BaseUrl + href);
            await Expect(page.Locator("h1")).ToHaveTextAsync(pages[href]);
        }

        // Run the backup from the Jobs page; progress arrives over the circuit, no reload.
        await page.ClickAsync("[data-testid=nav] a[href='/jobs']");
        await page.WaitForURLAsync(app.BaseUrl + "/jobs");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Jobs");
        await page.EvaluateAsync("() => window.__sameDocument = true");
        var backup = page.Locator("[data-job=backup]");
        await backup.Locator("[data-testid=run-backup]").ClickAsync();

        await Expect(backup.Locator("[data-testid=progress-backup]")).ToContainTextAsync("100%");
        await Expect(backup).ToContainTextAsync("Succeeded");
        await Expect(page.Locator("[data-testid=job-runs]")).ToContainTextAsync("Succeeded");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");

        // The dashboard now shows the backup.
        await page.ClickAsync("[data-testid=nav] a[href='/']");
        await Expect(page.Locator("[data-testid=card-backup]")).ToContainTextAsync("seller-");

        Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        Assert.True(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "backups"), "seller-*.db").Any());
        });
    }

    [Fact]
    public async Task Wrong_passwords_are_explained_and_the_third_makes_this_address_wait()
    {
        await using var app = await RunningApp.StartWithOwnerAsync();
        await using var browser = await BrowserSession.StartAsync();

        for (var i = 0; i < 2; i++)
        {
            await browser.SignInAsync(app.BaseUrl, RunningApp.OwnerEmail, "guessing wrong");
            await Expect(browser.Page.Locator("[role=alert]")).ToContainTextAsync("Wrong email or password");
        }
        await browser.SignInAsync(app.BaseUrl, RunningApp.OwnerEmail, "guessing wrong");
        await Expect(browser.Page.Locator("[role=alert]")).ToContainTextAsync("Too many wrong passwords from this address. Try again after");

        // Even the right password waits its turn from this address.
        await browser.SignInAsOwnerAsync(app);
        await Expect(browser.Page.Locator("[role=alert]")).ToContainTextAsync("Try again after");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
