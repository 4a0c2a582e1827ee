using System.Text;
using System.Text.Json;
using SellerConsole.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Reports;

[Collection(BrowserCollection.Name)]
public sealed class CatalogueReportBrowserTests
{

    [Fact]
    public async Task The_reports_index_opens_the_catalogue_snapshot_which_downloads_as_excel_csv_and_pdf_and_fits_a_phone()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string> { ["Sandbox:Listings"] = "40", ["Sandbox:TimeCompression"] = "20" });
        using var http = app.CreateApiClient();
        (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue,orders", null)).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            using var status = JsonDocument.Parse(await http.GetStringAsync("/api/v1/marketplace/status"));
            if (status.RootElement.GetProperty("syncs").EnumerateArray().Count(x => x.GetProperty("name").GetString() is "catalogue" or "orders"
                && x.GetProperty("lastSuccessUtc").ValueKind == JsonValueKind.String) == 2) break;
            Assert.True(DateTime.UtcNow < deadline, "the catalogue and orders syncs never finished");
            await Task.Delay(500);
        }
        using var json = JsonDocument.Parse(await http.GetStringAsync("/api/v1/reports/catalogue"));
        var listings = json.RootElement.GetProperty("rows").GetArrayLength();
        Assert.True(listings > 10, $"only {listings} listings");

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
            {
                await page.SetViewportSizeAsync(width, height);
                await page.GotoAsync($"{app.BaseUrl}/reports");
                await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
                await Expect(page.Locator("[data-testid=report-card-profit]")).ToBeVisibleAsync();
                await Expect(page.Locator("[data-testid=report-card-catalogue]")).ToBeVisibleAsync();
                Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, $"/reports scrolls sideways at {width}px");
                await Shots.TakeAsync(page, $"reports-index-{width}");
            }
            await page.SetViewportSizeAsync(1280, 900);
            await page.ClickAsync("[data-testid=report-open-catalogue]");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Catalogue and stock");
            await Expect(page.Locator("[data-testid='report-section-Listings'] tbody tr")).ToHaveCountAsync(listings, new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-testid=report-chart-0]")).ToHaveAttributeAsync("data-rendered", "true", new() { Timeout = 30_000 });
            await Shots.TakeAsync(page, "catalogue-1280");

            var xlsx = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=report-xlsx]"));
            Assert.Matches(@"^catalogue-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.xlsx$", xlsx.SuggestedFilename);
            Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes((await xlsx.PathAsync())!)[..2]);
            var csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=report-csv]"));
            var csvBytes = File.ReadAllBytes((await csv.PathAsync())!);
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csvBytes[..3]);
            Assert.Equal(listings, Encoding.UTF8.GetString(csvBytes).Split("\r\n").SkipWhile(l => !l.StartsWith("SKU,")).Skip(1).TakeWhile(l => !l.StartsWith("Total,")).Count());
            // The first print starts Chromium, which takes a while on a busy machine.
            var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=report-pdf]"), new() { Timeout = 120_000 });
            Assert.EndsWith(".pdf", pdf.SuggestedFilename);
            var text = PdfTools.Text(File.ReadAllBytes((await pdf.PathAsync())!));
            Assert.Contains("Catalogue and stock", text);
            Assert.Contains(json.RootElement.GetProperty("rows")[0].GetProperty("sku").GetString()!, text);

            await page.SetViewportSizeAsync(390, 844);
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "the catalogue report scrolls sideways at 390px");
            await Shots.TakeAsync(page, "catalogue-390");
            Assert.Empty(browser.Errors);
        });
    }
}
