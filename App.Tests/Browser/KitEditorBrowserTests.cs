using System.Net.Http.Headers;
using System.Text;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class KitEditorBrowserTests
{
    private const string Components = "Code,Name,Supplier,SupplierCode,PackSize,VatPercent,PackCost,EffectiveFrom\r\n" +
        "SCREW-A2-4X30-COUNTERSUNK,Wood screw 4x30 A2,Acme,AF-1,200,20,4.50,2024-01-01\r\n";

    [Fact]
    public async Task A_new_blank_kit_opens_without_an_error_with_a_readable_code_box_and_refuses_a_typed_line_without_a_code()
    {
        await using var app = await RunningApp.StartWithOwnerAsync();
        using var api = app.CreateApiClient();
        await PostFileAsync(api, "components", Components);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await page.SetViewportSizeAsync(1280, 900);
            await browser.SignInAsOwnerAsync(app);
            await page.GotoAsync(app.BaseUrl + "/costing/kits");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await page.Locator("[data-testid=new-kit]").ClickAsync();

            var editor = page.Locator("[data-testid=kit-editor]");
            await Expect(editor.Locator("[data-testid=kit-empty]")).ToBeVisibleAsync();
            await Expect(editor.Locator("[data-testid=kit-error]")).ToHaveCountAsync(0);
            // A long component code (25 characters) fits the box without scrolling inside it.
            var code = editor.Locator("[data-testid=bom-line-0] input[name=code]");
            await code.FillAsync("SCREW-A2-4X30-COUNTERSUNK");
            await Expect(editor.Locator("[data-testid=kit-total]")).ToHaveTextAsync("£0.02");
            var fits = await code.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth");
            Assert.True(fits, "the code box is too narrow for a 25-character code");
            await Shots.TakeAsync(page, "kits-new");

            // A second line with a quantity but no code is not costed yet, and Save refuses it rather than drop it.
            await editor.Locator("[data-testid=add-bom-line]").ClickAsync();
            await editor.Locator("[data-testid=bom-line-1] input[name=quantity]").FillAsync("3");
            await Expect(editor.Locator("[data-testid=kit-total]")).ToHaveTextAsync("£0.02");
            await editor.Locator("input[name=kitCode]").FillAsync("SCREWS");
            await editor.Locator("[data-testid=save-kit]").ClickAsync();
            await Expect(editor.Locator("[data-testid=kit-error]")).ToHaveTextAsync("Line 2: enter a component or kit code, or remove the line.");
            await Shots.TakeAsync(page, "kits-line-without-code");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    internal static async Task PostFileAsync(HttpClient api, string kind, string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await api.PostAsync($"/api/v1/costing/import/{kind}", new MultipartFormDataContent { { file, "file", $"{kind}.csv" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
