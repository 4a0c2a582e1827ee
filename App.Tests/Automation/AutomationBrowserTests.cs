using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SellerConsole.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Automation;

[Collection(BrowserCollection.Name)]
public sealed class AutomationBrowserTests
{
    [Fact]
    public async Task The_owner_builds_a_rule_tests_it_turns_it_on_and_sees_it_fire()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string> { ["Sandbox:Listings"] = "12" });
        using var http = app.CreateApiClient();
        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await http.PostAsync("/api/v1/marketplace/sync", null)).StatusCode);
        await WaitForListingsAsync(http);

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await page.Locator("a[href='/automation']").First.ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Automation rules");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await page.Locator("[data-testid=rule-new]").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("New rule");

            // A bad value is named beside its field and nothing typed is lost.
            await page.Locator("[data-testid=rule-form-name] input, input[data-testid=rule-form-name]").First.FillAsync("Stock watch");
            await page.Locator("[data-testid=rule-form-metric]").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "stock", Exact = true }).ClickAsync();
            var value = page.Locator("[data-testid=rule-form-value] input, input[data-testid=rule-form-value]").First;
            await value.FillAsync("lots");
            await page.Locator("[data-testid=rule-test]").ClickAsync();
            await Expect(page.Locator(".mud-input-helper-text.mud-input-error, .mud-input-error").First).ToContainTextAsync("'lots' is not a number.");
            await value.FillAsync("1000");
            await page.Locator("[data-testid=rule-form-add-condition]").ClickAsync();
            await page.Locator("[data-testid=rule-form-condition-value] input, input[data-testid=rule-form-condition-value]").First.FillAsync("-");
            await page.Locator("[data-testid=rule-form-condition] .mud-select").First.ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "SKU", Exact = true }).ClickAsync();
            await page.Locator("[data-testid=rule-form-condition-op]").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "contains", Exact = true }).ClickAsync();

            await page.Locator("[data-testid=rule-test]").ClickAsync();
            await Expect(page.Locator("[data-testid=rule-test-headline]")).ToHaveTextAsync(new Regex(@"^Would fire for these \d+ SKUs$"));
            await Expect(page.Locator("[data-testid=rule-test-row]").First).ToContainTextAsync("would fire: stock");
            await page.SetViewportSizeAsync(1280, 900);
            await Shots.TakeAsync(page, "automation-editor-1280");
            await page.SetViewportSizeAsync(390, 844);
            await Shots.TakeAsync(page, "automation-editor-390");
            // On a phone the reason gets the card's width (stacked under the SKU), not a sliver beside it.
            // The table stacks when MudBlazor's resize listener reports the new width over the circuit: wait for it.
            var why = await Support.Eventually.GetAsync(() => page.Locator("[data-testid=rule-test-row] td").Nth(1).BoundingBoxAsync(),
                box => box!.Width > 250, TimeSpan.FromSeconds(10), "the reason to take the card's width at 390 px");
            Assert.True(why!.Width > 250, $"the reason is squeezed into {why.Width} px at 390 px");
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), "the editor scrolls sideways at 390 px");
            await page.SetViewportSizeAsync(1280, 900);

            await page.Locator("[data-testid=rule-save-on]").ClickAsync();
            await Expect(page.Locator(".mud-snackbar", new() { HasText = "Saved" })).ToContainTextAsync("and it is on");
            await Expect(page.Locator("[data-testid=rule-history-empty]")).ToBeVisibleAsync();

            // The threshold check runs (the scheduler is off in browser tests: run it as "Run now" does) and the page shows the firing live.
            Assert.True((await http.PostAsync("/api/v1/jobs/automation-check/run", null)).IsSuccessStatusCode);
            await Expect(page.Locator("[data-testid=rule-firing]").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await page.Locator("[data-testid=rule-firing]").First.ClickAsync();
            await Expect(page.Locator("[data-testid=rule-firing-why]").First).ToContainTextAsync("fires: stock");
            await Shots.TakeAsync(page, "automation-history-1280");

            await page.Locator("a[href='/automation']").First.ClickAsync();
            await Expect(page.Locator("[data-testid=rule-last-fired]")).ToContainTextAsync("Last fired");
            await Shots.TakeAsync(page, "automation-list-1280");
            await page.SetViewportSizeAsync(390, 844);
            await Shots.TakeAsync(page, "automation-list-390");
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), "the list scrolls sideways at 390 px");

            // Deleting asks first.
            await page.Locator("[data-testid=rule-delete]").ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
            await Expect(page.Locator("[data-testid=rules-empty]")).ToBeVisibleAsync();
        });
    }

    private static async Task WaitForListingsAsync(HttpClient http)
    {
        for (var i = 0; i < 240; i++)
        {
            var listings = await http.GetFromJsonAsync<JsonElement>("/api/v1/listings?pageSize=100");
            if (listings.GetProperty("items").GetArrayLength() == 12) return;
            await Task.Delay(500);
        }
        throw new TimeoutException("The catalogue sync did not finish");
    }
}
