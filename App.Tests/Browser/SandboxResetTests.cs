using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SandboxResetTests
{
    // SandboxMarket logs this once for every world it builds: at start-up, and again after each reset.
    private const string WorldReady = "Sandbox world ready";

    [Fact]
    public async Task Reset_the_world_asks_first_and_keep_leaves_the_world_as_it_was()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string> { ["Sandbox:Listings"] = "30" });
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await page.GotoAsync($"{app.BaseUrl}/sandbox");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=sandbox-state]")).ToHaveTextAsync("Ready");
            await Expect(page.Locator("[data-testid=buy-boxes]")).ToContainTextAsync(" of 30");
            var built = BuiltWorlds(app);
            Assert.Equal(1, built);

            // Asked first: "Keep" closes the question and nothing is rebuilt.
            await page.Locator("[data-testid=reset-world]").ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync("Every price and stock change made through the Sandbox is lost");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep" }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            // Refresh waits for any build under way, so once its figures are back a reset would have logged its world.
            await page.Locator("[data-testid=refresh-account]").ClickAsync();
            await Expect(page.Locator("[data-testid=buy-boxes]")).ToContainTextAsync(" of 30");
            await Expect(page.Locator("[data-testid=sandbox-state]")).ToHaveTextAsync("Ready");
            Assert.Equal(built, BuiltWorlds(app));

            // Confirmed, it does rebuild: the check above can see a reset.
            await page.Locator("[data-testid=reset-world]").ClickAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Reset" }).ClickAsync();
            await Expect(page.GetByText("Sandbox reset: a fresh world is ready.")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Expect(page.Locator("[data-testid=buy-boxes]")).ToContainTextAsync(" of 30");
            Assert.Equal(built + 1, BuiltWorlds(app));
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    private static int BuiltWorlds(RunningApp app) => Regex.Matches(app.Output, WorldReady).Count;
}
