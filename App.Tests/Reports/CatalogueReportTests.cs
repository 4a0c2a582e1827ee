using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Margins;
using SellerConsole.Data;
using SellerConsole.Reports.Catalogue;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;
using SellerConsole.Tests.Costing.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Reports;

/// <summary>The catalogue and stock snapshot over a seeded shop: three listings, one not costed, orders in and out of the period.</summary>
public sealed class CatalogueReportTests(SharedAppFactory app) : IClassFixture<SharedAppFactory>
{
    private static readonly ReportPeriod Period = new(new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 11));
    private static DateTime Utc(int y, int m, int d, int h = 12) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);

    private async Task SeedAsync()
    {
        var store = app.Service<CostingStore>();
        if ((await store.SnapshotAsync(default)).Skus.ContainsKey("CAT-A"))
        {
            return;
        }
        await store.SaveComponentAsync(Stock.Part("CAT-SCREW", 4.00m), CostingTestDb.Actor, default);
        Assert.True((await store.SaveSkuCostAsync(Stock.Sku("CAT-A", Stock.Of("CAT-SCREW", 10m)), CostingTestDb.Actor, default)).Succeeded);
        Assert.True((await store.SaveSkuCostAsync(Stock.Sku("CAT-B", Stock.Of("CAT-SCREW", 50m)), CostingTestDb.Actor, default)).Succeeded);
        var dbs = app.Service<IDbContextFactory<SellerDb>>();
        await CatalogSeed.AddAsync(dbs,
        [
            CatalogSeed.Listing(1, l => { l.Sku = "CAT-A"; l.Category = "Screws"; l.Quantity = 12; l.PricePence = 999; }),
            CatalogSeed.Listing(2, l => { l.Sku = "CAT-B"; l.Category = "Screws"; l.Quantity = 3; l.PricePence = 1_499; }),
            CatalogSeed.Listing(3, l => { l.Sku = "=CAT-C"; l.Category = null; l.Quantity = 7; l.IsBuyable = false; l.Status = "Inactive"; }),
        ]);
        await CatalogSeed.AddAsync(dbs,
        [
            CatalogSeed.Order("CAT-O1", Utc(2025, 2, 10), "Shipped", ("CAT-A", 2, 1_998), ("=CAT-C", 1, 500)),
            CatalogSeed.Order("CAT-O2", Utc(2025, 2, 11), "Canceled", ("CAT-A", 5, 4_995)),
            CatalogSeed.Order("CAT-O3", Utc(2025, 2, 12), "Shipped", ("CAT-B", 4, 5_996)),
        ]);
    }

    [Fact]
    public async Task Rows_and_category_totals_match_the_hand_worked_shop_and_the_margins_page()
    {
        await SeedAsync();
        var margins = (await app.Service<MarginsQuery>().PageAsync(new MarginFilter(), "sku", false, 0, 500, default)).Rows.ToDictionary(r => r.Sku);

        var report = await app.Service<CatalogueReportService>().ReportAsync(Period, default);

        var a = report.Rows.Single(r => r.Sku == "CAT-A");
        // 2 sold on 10 Feb; the 5 on 11 Feb were cancelled. 12 in stock at the landed cost the Margins page shows.
        Assert.Equal((12, 2, 9.99m), (a.Quantity, a.UnitsSold, a.Price));
        Assert.Equal(margins["CAT-A"].LandedCost, a.UnitCost);
        Assert.Equal(margins["CAT-A"].Margin, a.Margin);
        Assert.Equal(Math.Round(a.UnitCost!.Value * 12, 2), a.StockValue);
        var b = report.Rows.Single(r => r.Sku == "CAT-B");
        Assert.Equal((3, 0), (b.Quantity, b.UnitsSold)); // the 12 Feb order is after the period
        var c = report.Rows.Single(r => r.Sku == "=CAT-C");
        Assert.Equal((7, 1, false, "Uncategorised", "Not costed yet"), (c.Quantity, c.UnitsSold, c.Buyable, c.Category, c.Problem));
        Assert.Null(c.StockValue);

        var screws = report.Categories.Single(x => x.Category == "Screws");
        Assert.Equal((2, 2, 15, 2, 0), (screws.Listings, screws.Buyable, screws.Quantity, screws.UnitsSold, screws.UncostedListings));
        Assert.Equal(a.StockValue + b.StockValue, screws.StockValue);
        Assert.Equal(report.Rows.Sum(r => r.StockValue ?? 0m), report.StockValue);
    }

    [Fact]
    public async Task The_api_serves_json_xlsx_csv_and_pdf_with_the_same_figures_and_no_formula()
    {
        await SeedAsync();
        var client = await app.CreateSignedInClientAsync();
        const string url = "/api/v1/reports/catalogue?from=2025-02-10&to=2025-02-11";
        var report = await app.Service<CatalogueReportService>().ReportAsync(Period, default);
        var a = report.Rows.Single(r => r.Sku == "CAT-A");

        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("sku").GetString()!);
        Assert.Equal(12, rows["CAT-A"].GetProperty("quantity").GetInt32());
        Assert.Equal(a.StockValue, rows["CAT-A"].GetProperty("stockValue").GetDecimal());

        var csv = await (await client.GetAsync(url + "&format=csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        Assert.Contains(lines, l => l.StartsWith($"CAT-A,B000000001,", StringComparison.Ordinal) && l.Contains($",12,9.99,{a.UnitCost!.Value.ToString("0.00", CultureInfo.InvariantCulture)},{a.StockValue!.Value.ToString("0.00", CultureInfo.InvariantCulture)},"));
        Assert.Contains(lines, l => l.StartsWith("'=CAT-C,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith('='));

        var xlsx = await client.GetAsync(url + "&format=xlsx");
        Assert.Equal("catalogue-2025-02-10-to-2025-02-11.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar ?? xlsx.Content.Headers.ContentDisposition?.FileName);
        var book = ReportExportTests.ReadWithOpenpyxl(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Listings", "By category"], book.GetProperty("sheets").EnumerateArray().Select(s => s.GetString()));
        var sheet = book.GetProperty("Listings").GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();
        var rowA = sheet.Single(r => r[0].GetProperty("v").GetString() == "CAT-A");
        Assert.Equal(a.StockValue, decimal.Parse(rowA[8].GetProperty("v").GetString()!, CultureInfo.InvariantCulture));
        var evil = sheet.Single(r => r[0].GetProperty("v").GetString() == "=CAT-C")[0];
        Assert.Equal(("s", true), (evil.GetProperty("t").GetString(), evil.GetProperty("quote").GetBoolean()));

        var pdf = await (await client.GetAsync(url + "&format=pdf")).Content.ReadAsByteArrayAsync();
        var text = PdfTools.Text(pdf);
        Assert.Contains("Catalogue and stock", text);
        Assert.Contains("units sold 10 Feb 2025 to 11 Feb 2025", text);
        Assert.Contains(ReportText.Format(a.StockValue, ReportColumnKind.Money), text);
        Assert.Contains("=CAT-C", text);
    }

    [Theory]
    [InlineData("from=2025-02-10&to=2025-02-11&by=sku", "by")]
    [InlineData("from=2025-02-10&to=2025-02-11&format=docx", "format")]
    [InlineData("from=10/02/2025&to=2025-02-11", "from")]
    public async Task Bad_input_is_a_problem_that_names_the_field(string query, string field)
    {
        var client = await app.CreateSignedInClientAsync();

        var response = await client.GetAsync($"/api/v1/reports/catalogue?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }
}
