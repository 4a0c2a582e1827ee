using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ImportUndoBrowserTests
{
    private const string Header = "Code,Name,Supplier,SupplierCode,PackSize,VatPercent,PackCost,EffectiveFrom\r\n";

    [Fact]
    public async Task A_bad_import_is_undone_from_the_import_page_after_a_confirmation_and_the_old_cost_comes_back()
    {
        await using var app = await RunningApp.StartWithOwnerAsync();
        using var api = app.CreateApiClient();
        await KitEditorBrowserTests.PostFileAsync(api, "components", Header + "SCREW,Wood screw 4x30,Acme,AF-1,200,20,4.50,2024-01-01\r\n");
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await page.SetViewportSizeAsync(1280, 900);
            await browser.SignInAsOwnerAsync(app);
            await page.GotoAsync(app.BaseUrl + "/costing/import");
            await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=import-file]')?._blazorInputFileNextFileId !== undefined");
            var bad = Header + "SCREW,Wood screw 4x30,Acme,AF-1,200,20,45.00,2024-01-01\r\n";
            await page.Locator("[data-testid=import-file]").SetInputFilesAsync(new FilePayload { Name = "typo.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad) });
            await Expect(page.Locator("[data-testid=import-result]")).ToContainTextAsync("Imported typo.csv: 1 row(s) saved");
            Assert.Contains("45.00", await api.GetStringAsync("/api/v1/costing/export/components?format=csv"));

            var rows = page.Locator("[data-testid=import-row]");
            await Expect(rows).ToHaveCountAsync(2);
            var typo = rows.Filter(new() { HasText = "typo.csv" });
            await Shots.TakeAsync(page, "import-recent");

            // Cancelling the confirmation changes nothing; confirming undoes the whole file.
            await typo.Locator("[data-testid=undo-import]").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            Assert.Contains("45.00", await api.GetStringAsync("/api/v1/costing/export/components?format=csv"));
            await typo.Locator("[data-testid=undo-import]").ClickAsync();
            await Expect(page.Locator(".mud-dialog")).ToContainTextAsync("typo.csv");
            await page.GetByRole(AriaRole.Button, new() { Name = "Undo import" }).ClickAsync();

            await Expect(page.Locator("[data-testid=undo-message]")).ToContainTextAsync("Undone: the Components import of typo.csv");
            await Expect(typo.Locator("[data-testid=import-undone]")).ToBeVisibleAsync();
            var export = await api.GetStringAsync("/api/v1/costing/export/components?format=csv");
            Assert.Contains("4.50", export);
            Assert.DoesNotContain("45.00", export);
            await Shots.TakeAsync(page, "import-undone");
            await page.SetViewportSizeAsync(390, 844);
            await PhoneLayoutTests.AssertNoPageScrollAsync(page, "import page");
            await Shots.TakeAsync(page, "import-undone");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }
}
