using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using SellerConsole.Costing.Api;
using SellerConsole.Shared;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CostingBrowserTests
{
    private const string Components = "Code,Name,Supplier,SupplierCode,PackSize,VatPercent,PackCost,EffectiveFrom\r\n" +
        "SCREW,Wood screw 4x30,Acme,AF-1,200,20,4.50,2024-01-01\r\nPLUG,Wall plug red,Acme,AF-2,100,20,3.00,2024-01-01\r\n";
    private const string Boms = "KitCode,KitName,ItemType,ItemCode,Quantity,WastePercent\r\n" +
        "PACK,Fixing pack,Component,SCREW,10,5\r\nPACK,Fixing pack,Component,PLUG,10,0\r\nOUTER,Outer set,Kit,PACK,2,0\r\n";

    private static Task<RunningApp> StartAsync() => RunningApp.StartWithOwnerAsync();

    [Fact]
    public async Task Editing_a_bom_updates_the_kit_total_and_the_skus_waterfall_as_you_type()
    {
        await using var app = await StartAsync();
        using var api = Api(app);
        await PostFileAsync(api, "components", Components);
        await PostFileAsync(api, "boms", Boms);
        var box = new SkuDefinitionDto([new BomLineDto("Kit", "PACK", 1m)], [], 0m, 300, 30m, 20m, 2m);
        (await api.PutAsJsonAsync("/api/v1/skus/BOX-1/costs?create=true", box)).EnsureSuccessStatusCode();
        var at999 = await QuoteAsync(api, 9.99m);
        var at1999 = await QuoteAsync(api, 19.99m);
        Assert.NotEqual(at999.Profit, at1999.Profit);

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");

            // Kits: 10 screws (+5% waste) at 4.50/200 and 10 plugs at 3.00/100 = 0.53625 -> £0.54 ex VAT.
            await page.GotoAsync(app.BaseUrl + "/costing/kits");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Kits");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await page.Locator("[data-kit=PACK]").ClickAsync();
            var editor = page.Locator("[data-testid=kit-editor]");
            await Expect(editor.Locator("[data-testid=kit-total]")).ToHaveTextAsync("£0.54");
            await editor.Locator("[data-testid=bom-line-0] input[name=quantity]").FillAsync("20");
            await Expect(editor.Locator("[data-testid=kit-total]")).ToHaveTextAsync("£0.77");
            await Expect(editor.Locator("[data-testid=kit-tree]")).ToContainTextAsync("Wood screw 4x30");

            // Putting OUTER (which holds PACK) inside PACK is a loop: shown inline, nothing saved.
            await editor.Locator("[data-testid=add-bom-line]").ClickAsync();
            await editor.Locator("[data-testid=bom-line-2] [data-testid=bom-kind]").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Kit", Exact = true }).ClickAsync();
            await editor.Locator("[data-testid=bom-line-2] input[name=code]").FillAsync("OUTER");
            await Expect(editor.Locator("[data-testid=kit-error]")).ToContainTextAsync("BOM loop");
            await editor.Locator("[data-testid=save-kit]").ClickAsync();
            await Expect(editor.Locator("[data-testid=kit-error]")).ToContainTextAsync("A kit cannot contain itself");

            // The SKU's what-if: the waterfall and breakdown follow the price and the BOM as they are typed.
            await page.GotoAsync(app.BaseUrl + "/costs/BOX-1");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Costs: BOX-1");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await page.Locator("[data-testid=whatif-price]").FillAsync("9.99");
            await Expect(page.Locator("[data-testid=sku-profit]")).ToHaveTextAsync(Money.Format(at999.Profit));
            var waterfall = page.Locator("[data-testid=waterfall]");
            var before = await waterfall.InnerHTMLAsync();
            await page.Locator("[data-testid=whatif-price]").FillAsync("19.99");
            await Expect(page.Locator("[data-testid=sku-profit]")).ToHaveTextAsync(Money.Format(at1999.Profit));
            await Expect(page.Locator("[data-testid=waterfall-values]")).ToContainTextAsync("£19.99");
            await Expect(page.Locator("[data-testid=breakdown]")).ToContainTextAsync(Money.Format(at1999.Profit));
            Assert.NotEqual(before, await waterfall.InnerHTMLAsync());
            await Expect(page.Locator("[data-testid=sku-breakeven]")).ToHaveTextAsync(Money.Format(at999.BreakEvenPrice));

            await page.Locator("[data-testid=sku-definition] [data-testid=bom-line-0] input[name=quantity]").FillAsync("2");
            await Expect(page.Locator("[data-testid=contents-total]")).ToHaveTextAsync("Components: £1.07");
            await page.Locator("[aria-label='What-if pack cost of SCREW']").FillAsync("9.00");
            await Expect(page.Locator("[data-testid=contents-total]")).ToHaveTextAsync("Components: £1.55");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    [Fact]
    public async Task An_import_with_a_bad_row_saves_nothing_and_its_error_report_can_be_read_and_downloaded()
    {
        await using var app = await StartAsync();
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
            await page.GotoAsync(app.BaseUrl + "/costing/import");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Cost import");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await WaitForFilePickerAsync(page);

            var bad = Components + "NUT,Hex nut M6,Acme,AF-3,lots,20,2.00,2024-01-01\r\n";
            await page.Locator("[data-testid=import-file]").SetInputFilesAsync(new FilePayload { Name = "parts.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad) });

            await Expect(page.Locator("[data-testid=import-refused]")).ToContainTextAsync("Nothing was imported from parts.csv: 1 problem(s) in 3 row(s)");
            var errors = page.Locator("[data-testid=import-errors]");
            await Expect(errors).ToContainTextAsync("PackSize 'lots' is not a number.");
            await Expect(errors.Locator("tbody tr").First).ToContainTextAsync("4");
            var href = await page.Locator("[data-testid=error-report-link]").GetAttributeAsync("href");
            var report = await page.Context.APIRequest.GetAsync(app.BaseUrl + href);
            Assert.Equal(200, report.Status);
            Assert.Contains("4,PackSize,PackSize 'lots' is not a number.", await report.TextAsync());

            await page.GotoAsync(app.BaseUrl + "/costing/components");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Components");
            await Expect(page.Locator("[data-testid=components-grid]")).ToContainTextAsync("No components yet");

            await page.GotoAsync(app.BaseUrl + "/costing/import");
            await WaitForFilePickerAsync(page);
            await page.Locator("[data-testid=import-file]").SetInputFilesAsync(new FilePayload { Name = "parts.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Components) });
            await Expect(page.Locator("[data-testid=import-result]")).ToContainTextAsync("Imported parts.csv: 2 row(s) saved");
            await page.GotoAsync(app.BaseUrl + "/costing/components");
            await Expect(page.Locator("[data-testid=components-grid]")).ToContainTextAsync("Wood screw 4x30");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    [Fact]
    public async Task A_pack_cost_is_never_dropped_or_misread_and_a_double_clicked_save_writes_once()
    {
        await using var app = await StartAsync();
        using var api = Api(app);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
            await page.GotoAsync(app.BaseUrl + "/costing/components");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await page.Locator("[data-testid=add-component]").ClickAsync();
            var dialog = page.Locator("[data-testid=component-dialog]");
            await dialog.Locator("input[name=code]").FillAsync("WIDGET");
            await dialog.Locator("input[name=name]").FillAsync("Widget bracket");
            var amount = dialog.Locator("input[data-testid=cost-amount]");
            var save = page.Locator("[data-testid=save-component]");

            // A European decimal comma is refused, not read as £429; so are negative and absurd costs.
            await amount.FillAsync("4,29");
            await Expect(dialog).ToContainTextAsync("Use a point for pence: 4.29");
            await save.ClickAsync();
            await Expect(dialog.Locator("[data-testid=component-error]")).ToContainTextAsync("was not added: Use a point for pence: 4.29");
            await amount.FillAsync("-1");
            await Expect(dialog).ToContainTextAsync("Cannot be negative.");
            await amount.FillAsync("99999999999");
            await Expect(dialog).ToContainTextAsync("At most £100,000.00.");
            await save.ClickAsync();
            await Expect(dialog.Locator("[data-testid=component-error]")).ToContainTextAsync("At most £100,000.00.");

            // Typed but never ADD-ed: Save keeps it. A double click saves once.
            await amount.FillAsync("4.50");
            await save.DblClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            var grid = page.Locator("[data-testid=components-grid]");
            await Expect(grid.Locator("tbody tr", new() { HasText = "WIDGET" })).ToContainTextAsync("£4.50");
            Assert.Equal(1, await AuditCountAsync(api, "Component 'WIDGET'"));

            // ADD takes the first click, with the amount still focused.
            await grid.Locator("tbody tr", new() { HasText = "WIDGET" }).ClickAsync();
            await dialog.Locator("input[data-testid=cost-amount]").FillAsync("5.25");
            await dialog.Locator("[data-testid=add-cost]").ClickAsync();
            await Expect(dialog.Locator("[data-testid=cost-history]")).ToContainTextAsync("£5.25");
            await save.ClickAsync();
            await Expect(grid.Locator("tbody tr", new() { HasText = "WIDGET" })).ToContainTextAsync("£5.25");
            Assert.Equal(2, await AuditCountAsync(api, "Component 'WIDGET'"));
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    [Fact]
    public async Task Components_are_deleted_several_at_once_only_after_a_confirmation()
    {
        await using var app = await StartAsync();
        using var api = Api(app);
        await PostFileAsync(api, "components", Components);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
            await page.GotoAsync(app.BaseUrl + "/costing/components");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            var grid = page.Locator("[data-testid=components-grid]");
            await Expect(grid).ToContainTextAsync("Wood screw 4x30");
            foreach (var code in new[] { "SCREW", "PLUG" })
            {
                await grid.Locator("tbody tr", new() { HasText = code }).Locator("input[type=checkbox]").CheckAsync();
            }
            await Expect(page.Locator("[data-testid=component-dialog]")).ToHaveCountAsync(0);

            await page.Locator("[data-testid=delete-selected]").ClickAsync();
            var confirm = page.GetByRole(AriaRole.Dialog);
            await Expect(confirm).ToContainTextAsync("Delete 2 component(s)?");
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Expect(confirm).ToHaveCountAsync(0);
            await Expect(grid).ToContainTextAsync("Wall plug red");

            await page.Locator("[data-testid=delete-selected]").ClickAsync();
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
            await Expect(grid).ToContainTextAsync("No components yet");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    [Fact]
    public async Task Kits_packaging_and_postage_rates_are_deleted_several_at_once_after_a_confirmation_keeping_what_is_in_use()
    {
        await using var app = await StartAsync();
        using var api = Api(app);
        await PostFileAsync(api, "components", Components);
        await PostFileAsync(api, "boms", Boms);
        var usesPack = new SkuDefinitionDto([new BomLineDto("Kit", "PACK", 1m)], [], 0m, 300, 30m, 20m, 2m);
        (await api.PutAsJsonAsync("/api/v1/skus/BOX-1/costs?create=true", usesPack)).EnsureSuccessStatusCode();
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");

            // Kits: OUTER goes; PACK, which SKU BOX-1 uses, is kept and named.
            await page.GotoAsync(app.BaseUrl + "/costing/kits");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            foreach (var code in new[] { "PACK", "OUTER" })
            {
                await page.Locator($"[data-kit={code}] input[type=checkbox]").CheckAsync();
            }
            await Expect(page.Locator("[data-testid=kit-editor]")).ToHaveCountAsync(0);
            var confirm = page.GetByRole(AriaRole.Dialog);
            await page.Locator("[data-testid=delete-selected]").ClickAsync();
            await Expect(confirm).ToContainTextAsync("Delete 2 kit(s)?");
            await Expect(confirm).ToContainTextAsync("OUTER, PACK");
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Expect(page.Locator("[data-kit=OUTER]")).ToHaveCountAsync(1);
            await page.Locator("[data-testid=delete-selected]").ClickAsync();
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
            await Expect(page.Locator("[data-kit=OUTER]")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-kit=PACK]")).ToHaveCountAsync(1);
            await Expect(page.Locator(".mud-snackbar", new() { HasText = "Not deleted: PACK" })).ToBeVisibleAsync();
            await Expect(page.Locator(".mud-snackbar", new() { HasText = "Deleted 1 kit(s)" })).ToBeVisibleAsync();
            // The kept one stays ticked, so what failed is still marked.
            await Expect(page.Locator("[data-testid=delete-selected]")).ToContainTextAsync("Delete 1 selected");

            // Packaging: two items made on the page, both deleted at once.
            await page.GotoAsync(app.BaseUrl + "/costing/postage");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            foreach (var code in new[] { "BOX-S", "BAG" })
            {
                await page.Locator("[data-testid=add-packaging]").ClickAsync();
                var dialog = page.Locator("[data-testid=packaging-dialog]");
                await dialog.Locator("input[name=code]").FillAsync(code);
                await dialog.Locator("input[name=name]").FillAsync(code + " item");
                await dialog.Locator("input[data-testid=cost-amount]").FillAsync("0.25");
                await page.Locator("[data-testid=save-packaging]").ClickAsync();
                await Expect(dialog).ToHaveCountAsync(0);
            }
            var packaging = page.Locator("[data-testid=packaging-grid]");
            await Expect(packaging.Locator("tbody tr")).ToHaveCountAsync(2);
            foreach (var code in new[] { "BOX-S", "BAG" })
            {
                await packaging.Locator("tbody tr", new() { HasText = code }).Locator("input[type=checkbox]").CheckAsync();
            }
            await page.Locator("[data-testid=delete-selected-packaging]").ClickAsync();
            await Expect(confirm).ToContainTextAsync("Delete 2 packaging item(s)?");
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
            await Expect(packaging).ToContainTextAsync("No packaging items yet");

            // Postage: two of the example rates.
            var rates = page.Locator("[data-testid=postage-grid] tbody tr");
            var before = await rates.CountAsync();
            Assert.True(before >= 3, $"expected the example rate card, saw {before} rows");
            await rates.Nth(0).Locator("input[type=checkbox]").CheckAsync();
            await rates.Nth(1).Locator("input[type=checkbox]").CheckAsync();
            await page.Locator("[data-testid=delete-selected-rates]").ClickAsync();
            await Expect(confirm).ToContainTextAsync("Delete 2 postage rate(s)?");
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
            await Expect(rates).ToHaveCountAsync(before - 2);
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    [Fact]
    public async Task A_sku_without_costs_shows_no_margin_and_says_it_is_not_costed_yet()
    {
        await using var app = await StartAsync();
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
            await page.GotoAsync(app.BaseUrl + "/costs/NEW-1");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Costs: NEW-1");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await page.Locator("[data-testid=whatif-price]").FillAsync("9.99");

            await Expect(page.Locator("[data-testid=sku-not-costed]")).ToContainTextAsync("Not costed yet");
            await Expect(page.Locator("[data-testid=sku-margin]")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=sku-profit]")).ToHaveCountAsync(0);
            await Expect(page.Locator("input[name=weight]")).ToHaveValueAsync("");
            await Expect(page.Locator("input[name=length]")).ToHaveValueAsync("");

            await page.Locator("[data-testid=save-sku-costs]").ClickAsync();
            await Expect(page.Locator("[data-testid=save-error]")).ToContainTextAsync("Not saved. Not costed yet");

            await page.GotoAsync(app.BaseUrl + "/margins?flag=MissingCosts");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Margins");
            await Expect(page.Locator("[data-testid=margins-not-costed]")).ToContainTextAsync("Not costed yet");
            await Expect(page.Locator("[data-testid=margins-flag]")).ToHaveValueAsync("Not costed yet");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    private static async Task<int> AuditCountAsync(HttpClient api, string target)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/audit?action=costs.changed&text={Uri.EscapeDataString(target)}"));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static HttpClient Api(RunningApp app)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RunningApp.BootstrapToken);
        return client;
    }

    private static async Task PostFileAsync(HttpClient api, string kind, string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await api.PostAsync($"/api/v1/costing/import/{kind}", new MultipartFormDataContent { { file, "file", $"{kind}.csv" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<QuoteDto> QuoteAsync(HttpClient api, decimal price)
    {
        var response = await api.PostAsJsonAsync("/api/v1/costing/quote", new QuoteRequest("BOX-1", null, price, 0m, null));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<QuoteDto>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
    }

    /// <summary>
    /// A file set before Blazor's InputFile script has attached to the input is lost; the script marks the
    /// element when it attaches (the page's data-ready flag can be ahead of it on a busy machine).
    /// </summary>
    private static Task WaitForFilePickerAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.querySelector('[data-testid=import-file]')?._blazorInputFileNextFileId !== undefined");
}
