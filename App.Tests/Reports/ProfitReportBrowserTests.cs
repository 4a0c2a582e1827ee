using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using SellerConsole.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Reports;

[Collection(BrowserCollection.Name)]
public sealed class ProfitReportBrowserTests
{

    [Fact]
    public async Task The_profit_page_shows_the_sandbox_shops_month_with_totals_a_chart_uncosted_rows_and_downloads_and_fits_a_phone()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string> { ["Sandbox:TimeCompression"] = "20" });
        using var http = app.CreateApiClient();
        (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue,orders", null)).EnsureSuccessStatusCode();
        await WaitAsync(http, "/api/v1/marketplace/status", s => s.GetProperty("syncs").EnumerateArray()
            .Count(x => x.GetProperty("name").GetString() is "catalogue" or "orders" && x.GetProperty("lastSuccessUtc").ValueKind == JsonValueKind.String) == 2);
        // Cost every SKU that sold except two, through the costing import as a seller would.
        using var before = JsonDocument.Parse(await http.GetStringAsync("/api/v1/reports/profit?by=sku"));
        var sold = before.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()!).ToList();
        Assert.True(sold.Count > 10, $"only {sold.Count} SKUs sold in 30 days");
        var uncosted = sold.Take(2).ToHashSet();
        await ImportAsync(http, "components", "Code,Name,Supplier,SupplierCode,PackSize,VatPercent,PackCost,EffectiveFrom\nPART-1,Fixings part,Acme,A1,100,20,40.00,2024-01-01\n");
        await ImportAsync(http, "skus", "Sku,ItemType,ItemCode,Quantity,WastePercent,LabourMinutes,WeightGrams,LengthCm,WidthCm,DepthCm,PostageService\n" +
            string.Concat(sold.Where(s => !uncosted.Contains(s)).Select(s => $"{s},Component,PART-1,{s.Length % 7 + 3},0,2,400,30,20,2,Royal Mail Tracked 48\n")));
        using var report = JsonDocument.Parse(await http.GetStringAsync("/api/v1/reports/profit?by=sku"));
        var totals = report.RootElement.GetProperty("totals");
        var profit = totals.GetProperty("profit").GetDecimal().ToString("C2", CultureInfo.GetCultureInfo("en-GB"));

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync($"{app.BaseUrl}/reports/profit");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Profit and loss");
            await Expect(page.Locator("[data-testid=report-chart]")).ToHaveAttributeAsync("data-rendered", "true", new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-testid=total-profit]")).ToHaveTextAsync(profit);
            await Expect(page.Locator("tfoot [data-col=profit]")).ToHaveTextAsync(profit);
            await Expect(page.Locator("[data-testid=report-uncosted]")).ToContainTextAsync("not costed");
            foreach (var sku in uncosted)
            {
                var row = page.Locator($"tbody tr[data-key='{sku}']");
                await Expect(row.Locator("[data-col=profit]")).ToHaveTextAsync("Not costed");
                await Expect(row.Locator("[data-col=note]")).ToHaveTextAsync("Not costed yet");
            }
            Assert.Equal(sold.Count, await page.Locator("tbody tr").CountAsync());
            await Shots.TakeAsync(page, "profit-1280");
            await Shots.TakeAsync(page, "profit-1280-top");
            await page.Locator("tfoot").ScrollIntoViewIfNeededAsync();
            await Shots.TakeAsync(page, "profit-1280-totals");

            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=report-xlsx]"));
            Assert.EndsWith(".xlsx", download.SuggestedFilename);
            var path = await download.PathAsync();
            Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(path!)[..2]);
            // The first print starts Chromium, which takes a while on a busy machine.
            var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=report-pdf]"), new() { Timeout = 120_000 });
            Assert.EndsWith(".pdf", pdf.SuggestedFilename);
            var printed = PdfTools.Text(File.ReadAllBytes((await pdf.PathAsync())!));
            Assert.Contains("Profit and loss", printed);
            Assert.Contains(profit, printed);

            await page.ClickAsync("[data-testid=report-by] >> text=Day");
            await Expect(page.Locator("tbody tr")).ToHaveCountAsync(30);
            await Shots.TakeAsync(page, "profit-by-day-1280");

            await page.SetViewportSizeAsync(390, 844);
            await page.ClickAsync("[data-testid=report-by] >> text=By SKU");
            await Expect(page.Locator("tbody tr")).ToHaveCountAsync(sold.Count);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px at 390px");
            await Shots.TakeAsync(page, "profit-390");
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await Shots.TakeAsync(page, "profit-390-top");

            // A link with a period (the reports index, a digest) opens that period, not the default 30 days.
            var period = report.RootElement;
            var (from, to) = (DateOnly.Parse(period.GetProperty("from").GetString()!, CultureInfo.InvariantCulture).AddDays(7), DateOnly.Parse(period.GetProperty("to").GetString()!, CultureInfo.InvariantCulture).AddDays(-7));
            var range = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
            using var narrower = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/reports/profit?by=sku&{range}"));
            var narrowerProfit = narrower.RootElement.GetProperty("totals").GetProperty("profit").GetDecimal().ToString("C2", CultureInfo.GetCultureInfo("en-GB"));
            Assert.NotEqual(profit, narrowerProfit);
            await page.GotoAsync($"{app.BaseUrl}/reports/profit?{range}");
            await Expect(page.Locator("[data-testid=total-profit]")).ToHaveTextAsync(narrowerProfit);
            Assert.Empty(browser.Errors);
        });
    }

    private static async Task ImportAsync(HttpClient http, string kind, string csv)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", $"{kind}.csv" } };
        using var response = await http.PostAsync($"/api/v1/costing/import/{kind}", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task WaitAsync(HttpClient http, string url, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync(url));
            if (done(doc.RootElement)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{url} never got there: {doc.RootElement}");
            await Task.Delay(500);
        }
    }
}
