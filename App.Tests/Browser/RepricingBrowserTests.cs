using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class RepricingBrowserTests
{
    [Fact]
    public async Task The_owner_creates_a_strategy_dry_runs_approves_a_suggestion_reads_why_and_undoes_it()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string>
        {
            ["Sandbox:Listings"] = "12",
            ["Sandbox:TimeCompression"] = "20",
            ["Sandbox:SilentDropRate"] = "0",
        });
        using var http = app.CreateApiClient();
        // The sync chain (catalogue -> offers -> fees) fills the shop; wait for the offers.
        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await http.PostAsync("/api/v1/marketplace/sync", null)).StatusCode);
        var skus = await WaitForOffersAsync(http);
        var floor = await http.PutAsJsonAsync("/api/v1/repricing/skus", new { skus, manualFloor = 1.00m });
        Assert.True(floor.IsSuccessStatusCode, await floor.Content.ReadAsStringAsync());

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await page.Locator("a[href='/repricing']").First.ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Repricing");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();

            // A strategy: a wrong field is named, then it saves.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Strategies" }).ClickAsync();
            // On a phone the form takes the whole screen rather than a narrow centred box.
            await page.SetViewportSizeAsync(390, 844);
            await page.Locator("[data-testid=strategy-new]").ClickAsync();
            var phoneForm = await page.Locator(".mud-dialog.sc-form-dialog").BoundingBoxAsync();
            Assert.True(phoneForm!.Width >= 389 && phoneForm.Height >= 800, $"the strategy form is {phoneForm.Width}x{phoneForm.Height} px on a 390x844 phone");
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            await page.SetViewportSizeAsync(1400, 900);
            await page.Locator("[data-testid=strategy-new]").ClickAsync();
            await page.Locator("input[data-testid=strategy-name], [data-testid=strategy-name] input").First.FillAsync("Weekend margin");
            // A sales rule with no change and a schedule with no name are refused, each on its field; a form, not JSON.
            await page.Locator("[data-testid=velocity-add]").ClickAsync();
            await page.Locator("[data-testid=velocity-amount] input, input[data-testid=velocity-amount]").First.FillAsync("0");
            await page.Locator("[data-testid=schedule-add]").ClickAsync();
            await page.Locator("[data-testid=strategy-save]").ClickAsync();
            await Expect(page.Locator("[data-testid=strategy-dialog]")).ToContainTextAsync("Say how much to change the price.");
            await Expect(page.Locator("[data-testid=strategy-dialog]")).ToContainTextAsync("Name the schedule.");
            await page.Locator("[data-testid=velocity-amount] input, input[data-testid=velocity-amount]").First.FillAsync("-5");
            await page.Locator("[data-testid=schedule-name] input, input[data-testid=schedule-name]").First.FillAsync("Sunday pause");
            await page.Locator("[data-testid=strategy-save]").ClickAsync();
            await Expect(page.Locator("[data-testid=strategies]")).ToContainTextAsync("Weekend margin");
            await Expect(page.Locator("[data-testid=strategies]")).ToContainTextAsync("1 sales rule(s)");
            await Expect(page.Locator("[data-testid=strategies]")).ToContainTextAsync("1 schedule(s)");

            // Dry run: what would change, each with its explanation; nothing is sent.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Dry run" }).ClickAsync();
            await page.Locator("[data-testid=dry-run-start]").ClickAsync();
            await Expect(page.Locator("[data-testid=dry-run-summary]")).ToContainTextAsync("dry run: nothing sent");
            await Expect(page.Locator("[data-testid=dry-run] [data-testid=decision-trail]").First).ToBeVisibleAsync();

            // A real pass in Suggest mode: changes wait for review; approve the first.
            await page.Locator("[data-testid=run-now]").ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Reprice now" }).ClickAsync();
            await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Review") }).ClickAsync();
            var firstRow = page.Locator("[data-testid=suggestions] tbody tr").First;
            await Expect(firstRow).ToBeVisibleAsync();
            await firstRow.Locator("input[type=checkbox]").CheckAsync();
            await page.Locator("[data-testid=suggestions-approve]").ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Approve and send" }).ClickAsync();
            await Expect(page.Locator(".mud-snackbar", new() { HasText = "Approved" })).ToContainTextAsync("Approved: 1 done");

            // Read why in Activity, then undo once Amazon has it.
            await WaitForSentAsync(http);
            await page.GetByRole(AriaRole.Tab, new() { Name = "Activity" }).ClickAsync();
            var pushed = page.Locator("[data-testid=activity] tbody tr", new() { Has = page.Locator("[data-testid=activity-undo]") }).First;
            await Expect(pushed.Locator("[data-testid=decision-trail]")).ToContainTextAsync("featured offer");
            await pushed.Locator("[data-testid=activity-undo]").ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
            await Expect(page.Locator(".mud-snackbar", new() { HasText = "undo" })).ToContainTextAsync("undo queued");

            // Backtest: the replay next to what happened, as a table and a chart.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Backtest" }).ClickAsync();
            await page.Locator("[data-testid=backtest-sku] input, input[data-testid=backtest-sku]").First.FillAsync(skus[0]);
            await page.Locator("[data-testid=backtest-run]").ClickAsync();
            await Expect(page.Locator("[data-testid=backtest-table]")).ToContainTextAsync("What happened");
            await Expect(page.Locator("[data-testid=backtest-table]")).ToContainTextAsync("Buy box, beat by 1p");
            await Expect(page.Locator("[data-testid=backtest-chart] svg").First).ToBeVisibleAsync();

            // On a listing page: its own floor (a bad one is refused by name), saved, then repriced on its own.
            await page.GotoAsync($"{app.BaseUrl}/catalogue/{Uri.EscapeDataString(skus[^1])}");
            var card = page.Locator("[data-testid=listing-repricing]");
            await Expect(card).ToContainTextAsync("floor: £1.00 (manual)");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync(); // a click on the prerendered page is lost
            await card.Locator("[data-testid=sku-pricing-edit]").ClickAsync();
            var floorBox = card.Locator("[data-testid=sku-floor] input, input[data-testid=sku-floor]").First;
            await floorBox.FillAsync("-2");
            await card.Locator("[data-testid=sku-pricing-save]").ClickAsync();
            await Expect(card).ToContainTextAsync("A manual floor is above £0");
            await floorBox.FillAsync("1.50");
            await card.Locator("[data-testid=sku-pricing-save]").ClickAsync();
            await Expect(card).ToContainTextAsync("floor: £1.50 (manual)");
            await card.Locator("[data-testid=sku-reprice]").ClickAsync();
            await Expect(page.Locator(".mud-snackbar", new() { HasText = "SKUs decided" })).ToContainTextAsync("1 SKUs decided");
            await Expect(card.Locator("[data-testid=decision-trail]")).ToBeVisibleAsync();
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    private static async Task<string[]> WaitForOffersAsync(HttpClient http)
    {
        for (var i = 0; i < 240; i++)
        {
            var listings = await http.GetFromJsonAsync<JsonElement>("/api/v1/listings?pageSize=100");
            var items = listings.GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 12 && items.All(l => l.GetProperty("offerCount").ValueKind == JsonValueKind.Number))
            {
                return [.. items.Select(l => l.GetProperty("sku").GetString()!)];
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The first offers sync did not finish");
    }

    private static async Task WaitForSentAsync(HttpClient http)
    {
        // The scheduler is off in browser tests: run the push job as the Jobs page's "Run now" does.
        for (var i = 0; i < 240; i++)
        {
            await http.PostAsync("/api/v1/jobs/price-push/run", null);
            var pushes = await http.GetFromJsonAsync<JsonElement>("/api/v1/repricing/pushes");
            if (pushes.EnumerateArray().Any(p => p.GetProperty("state").GetString() is "Accepted" or "Verified")) return;
            await Task.Delay(500);
        }
        throw new TimeoutException("The approved price was never sent");
    }
}
