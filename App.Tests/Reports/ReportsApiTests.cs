using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing.Data;
using SellerConsole.Data;
using SellerConsole.Tests.Costing.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Reports;

public sealed class ReportsApiTests : IClassFixture<SharedAppFactory>
{
    private readonly SharedAppFactory _app;

    public ReportsApiTests(SharedAppFactory app) => _app = app;

    private static DateTime Utc(int y, int m, int d, int h = 12) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);

    private async Task<HttpClient> SeededClientAsync()
    {
        var store = _app.Service<CostingStore>();
        if (!(await store.SnapshotAsync(default)).Skus.ContainsKey("API-SCR"))
        {
            await store.SaveComponentAsync(Stock.Part("API-SCREW", 4.00m), CostingTestDb.Actor, default);
            Assert.True((await store.SaveSkuCostAsync(Stock.Sku("API-SCR", Stock.Of("API-SCREW", 10m)), CostingTestDb.Actor, default)).Succeeded);
            await CatalogSeed.AddAsync(_app.Service<IDbContextFactory<SellerDb>>(),
            [
                CatalogSeed.Order("API-1", Utc(2025, 2, 10), "Shipped", ("API-SCR", 2, 999)),
                CatalogSeed.Order("API-2", Utc(2025, 2, 11), "Shipped", ("=cmd|' /C calc'!A0", 1, 500)),
            ]);
        }
        return await _app.CreateSignedInClientAsync();
    }

    [Theory]
    [InlineData("from=2025-13-01&to=2025-02-11", "from")]
    [InlineData("from=2025-02-12&to=2025-02-11", "to")]
    [InlineData("from=2020-01-01&to=2025-02-11", "to")]
    [InlineData("from=2025-02-10&to=2025-02-11&by=year", "by")]
    [InlineData("from=2025-02-10&to=2025-02-11&format=docx", "format")]
    public async Task Bad_input_is_a_problem_that_names_the_field(string query, string field)
    {
        var client = await SeededClientAsync();

        var response = await client.GetAsync($"/api/v1/reports/profit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out var messages), problem.RootElement.ToString());
        Assert.NotEmpty(messages.EnumerateArray().First().GetString()!);
    }

    [Fact]
    public async Task Json_by_sku_has_costed_figures_and_an_uncosted_row_with_no_profit()
    {
        var client = await SeededClientAsync();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/v1/reports/profit?from=2025-02-10&to=2025-02-11&by=sku"));

        var rows = body.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        var costed = rows["API-SCR"].GetProperty("figures");
        Assert.Equal(2, costed.GetProperty("units").GetInt32());
        Assert.Equal(19.98m, costed.GetProperty("revenue").GetDecimal());
        Assert.Equal(JsonValueKind.Number, costed.GetProperty("profit").ValueKind);
        var uncosted = rows["=cmd|' /C calc'!A0"];
        Assert.Equal(JsonValueKind.Null, uncosted.GetProperty("figures").GetProperty("profit").ValueKind);
        Assert.Equal("Not costed yet", uncosted.GetProperty("problem").GetString());
        Assert.Equal(24.98m, body.RootElement.GetProperty("totals").GetProperty("revenue").GetDecimal());
    }

    [Fact]
    public async Task By_day_lists_every_uk_day_of_the_period()
    {
        var client = await SeededClientAsync();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/v1/reports/profit?from=2025-02-09&to=2025-02-12&by=day"));

        Assert.Equal(["2025-02-09", "2025-02-10", "2025-02-11", "2025-02-12"],
            body.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task The_files_are_an_xlsx_workbook_and_a_utf8_csv_with_the_formula_neutralised()
    {
        var client = await SeededClientAsync();

        var xlsx = await client.GetAsync("/api/v1/reports/profit?from=2025-02-10&to=2025-02-11&format=xlsx");
        var csv = await client.GetAsync("/api/v1/reports/profit?from=2025-02-10&to=2025-02-11&format=csv");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("profit-sku-2025-02-10-to-2025-02-11.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar ?? xlsx.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\n'=cmd|' /C calc'!A0,", text);
        Assert.DoesNotContain("\n=cmd", text);
    }

    [Fact]
    public async Task An_unknown_report_kind_is_a_problem_that_names_the_kind()
    {
        var client = await SeededClientAsync();

        var response = await client.GetAsync("/api/v1/reports/bogus?from=2025-02-10&to=2025-02-11");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("profit", problem.RootElement.GetProperty("errors").GetProperty("kind")[0].GetString());
    }

    [Fact]
    public async Task The_pdf_names_the_report_and_period_and_has_the_same_figures_as_the_json()
    {
        var client = await SeededClientAsync();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/reports/profit?from=2025-02-10&to=2025-02-11&by=sku"));

        var response = await client.GetAsync("/api/v1/reports/profit?from=2025-02-10&to=2025-02-11&by=sku&format=pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("profit-sku-2025-02-10-to-2025-02-11.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = PdfTools.Text(pdf);
        Assert.Contains("Profit and loss", text);
        Assert.Contains("10 Feb 2025 to 11 Feb 2025", text);
        var gb = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var costed = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "API-SCR").GetProperty("figures");
        Assert.Matches($@"API-SCR\s.*\s2\s+{System.Text.RegularExpressions.Regex.Escape(costed.GetProperty("revenue").GetDecimal().ToString("C2", gb))}\s", text);
        Assert.Contains(costed.GetProperty("profit").GetDecimal().ToString("C2", gb), text);
        Assert.Contains(json.RootElement.GetProperty("totals").GetProperty("revenue").GetDecimal().ToString("C2", gb), text);
        Assert.Contains("=cmd|' /C calc'!A0", text);
    }
}
