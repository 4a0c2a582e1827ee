using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SellerConsole.Costing;
using SellerConsole.Costing.Api;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Quoting;
using SellerConsole.Tests.Costing.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Costing.Api;

public sealed class CostingApiTests : IClassFixture<SharedAppFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SellerAppFactory _app;

    public CostingApiTests(SharedAppFactory app) => _app = app;

    private CostingStore Store => _app.Service<CostingStore>();

    private HttpClient Client()
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);
        return client;
    }

    private async Task SeedAsync(string prefix)
    {
        foreach (var component in new[] { Stock.Part($"{prefix}-SCREW", 4.50m, 200m), Stock.Part($"{prefix}-PLUG", 3.00m) })
        {
            Assert.True((await Store.SaveComponentAsync(component, "test", default)).Succeeded);
        }
        Assert.True((await Store.SaveKitAsync(Stock.Kit($"{prefix}-PACK", Stock.Of($"{prefix}-SCREW", 10m, 0.05m), Stock.Of($"{prefix}-PLUG", 10m)), "test", default)).Succeeded);
        var sku = Stock.Sku($"{prefix}-SKU", Stock.OfKit($"{prefix}-PACK", 2m), Stock.Of($"{prefix}-SCREW", 4m));
        Assert.True((await Store.SaveSkuCostAsync(sku, "test", default)).Succeeded);
    }

    [Fact]
    public async Task A_quote_for_a_saved_sku_equals_the_calculator()
    {
        await SeedAsync("Q1");
        var asOf = new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc);

        var response = await Client().PostAsJsonAsync("/api/v1/costing/quote", new QuoteRequest("Q1-SKU", null, 12.99m, 1.50m, asOf));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var quote = (await response.Content.ReadFromJsonAsync<QuoteDto>(Json))!;
        var snapshot = await Store.SnapshotAsync(default);
        var sale = snapshot.Sale(asOf, 1.50m);
        var expected = snapshot.Calculator.Quote(snapshot.Skus["Q1-SKU"], sale, 12.99m);
        Assert.Equal(expected.Breakdown.Select(l => (l.Label, l.Amount, l.Kind.ToString())), quote.Breakdown.Select(l => (l.Label, l.Amount, l.Kind)));
        Assert.Equal((expected.Profit, expected.Margin, expected.Roi, expected.LandedCost), (quote.Profit, quote.Margin, quote.Roi, quote.LandedCost));
        Assert.Equal(snapshot.Calculator.BreakEvenPrice(snapshot.Skus["Q1-SKU"], sale), quote.BreakEvenPrice);
        Assert.Equal(snapshot.Calculator.PriceForTargetMargin(snapshot.Skus["Q1-SKU"], sale, snapshot.Settings.TargetMargin), quote.TargetMarginPrice);
    }

    [Fact]
    public async Task An_inline_bom_is_quoted_like_the_same_saved_definition_and_bad_input_is_a_problem()
    {
        await SeedAsync("Q2");
        var definition = new SkuDefinitionDto([new BomLineDto("Kit", "Q2-PACK", 2m), new BomLineDto("component", "Q2-SCREW", 4m)], [], 2m, 400, 30m, 20m, 2m);
        var asOf = new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        var client = Client();

        var inline = await (await client.PostAsJsonAsync("/api/v1/costing/quote", new QuoteRequest(null, definition, 12.99m, 0m, asOf))).Content.ReadFromJsonAsync<QuoteDto>(Json);
        var saved = await (await client.PostAsJsonAsync("/api/v1/costing/quote", new QuoteRequest("Q2-SKU", null, 12.99m, 0m, asOf))).Content.ReadFromJsonAsync<QuoteDto>(Json);
        var unknown = await client.PostAsJsonAsync("/api/v1/costing/quote", new QuoteRequest(null, definition with { Contents = [new BomLineDto("Component", "NOPE", 1m)] }, 9.99m, 0m, asOf));
        var noSku = await client.PostAsJsonAsync("/api/v1/costing/quote", new QuoteRequest("NO-SUCH-SKU", null, 9.99m, null, null));

        Assert.Equal(saved!.Breakdown, inline!.Breakdown);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Component 'NOPE', which is not in the catalogue", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, noSku.StatusCode);
    }

    [Fact]
    public async Task Sku_costs_quote_at_the_listing_price_and_a_put_saves_a_definition()
    {
        await SeedAsync("Q3");
        await CatalogSeed.AddAsync(_app.Service<Microsoft.EntityFrameworkCore.IDbContextFactory<SellerConsole.Data.SellerDb>>(),
            [CatalogSeed.Listing(9_301, l => { l.Sku = "Q3-SKU"; l.PricePence = 1_499; }), CatalogSeed.Listing(9_302, l => l.Sku = "Q3-NEW"),
             CatalogSeed.Listing(9_303, l => l.Sku = "Q3-BAD")]);
        var client = Client();

        var costs = await client.GetFromJsonAsync<SkuCostsDto>("/api/v1/skus/Q3-SKU/costs", Json);
        var put = await client.PutAsJsonAsync("/api/v1/skus/Q3-NEW/costs", costs!.Definition);
        var refused = await client.PutAsJsonAsync("/api/v1/skus/Q3-BAD/costs", costs.Definition with { PostageService = "Pigeon Post" });

        Assert.Equal(14.99m, costs.ListingPrice);
        Assert.Equal(14.99m, costs.Quote!.ItemPrice);
        Assert.Equal(costs.LandedCost, costs.Quote.LandedCost);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var skus = (await Store.SnapshotAsync(default)).Skus;
        Assert.Equal(skus["Q3-SKU"].Contents, skus["Q3-NEW"].Contents);
        Assert.Equal((skus["Q3-SKU"].Parcel, skus["Q3-SKU"].LabourMinutes), (skus["Q3-NEW"].Parcel, skus["Q3-NEW"].LabourMinutes));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Pigeon Post", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_multipart_import_with_a_bad_row_is_a_422_with_a_downloadable_report_and_a_good_one_imports()
    {
        var client = Client();
        var bad = "Code,Name,Supplier,SupplierCode,PackSize,VatPercent,PackCost,EffectiveFrom\r\nAPI-1,Part,,,100,20,1.00,2025-01-01\r\nAPI-2,Part,,,lots,20,1.00,2025-01-01\r\n";

        var refused = await client.PostAsync("/api/v1/costing/import/components", Upload(bad, "parts.csv"));
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        var reportUrl = problem.GetProperty("import").GetProperty("errorReportUrl").GetString()!;
        var report = await client.GetStringAsync(reportUrl);
        var good = await client.PostAsync("/api/v1/costing/import/components", Upload(bad.Replace("lots", "100"), "parts.csv"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(3, problem.GetProperty("import").GetProperty("errors")[0].GetProperty("row").GetInt32());
        Assert.Contains("3,PackSize,PackSize 'lots' is not a number.", report);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(2, (await Store.SnapshotAsync(default)).Data.Components.Count(c => c.Code.StartsWith("API-")));
    }

    [Fact]
    public async Task Exports_and_templates_download_as_csv_and_xlsx()
    {
        await SeedAsync("EX");
        var client = Client();

        var csv = await client.GetAsync("/api/v1/costing/export/boms?format=csv");
        var xlsx = await client.GetAsync("/api/v1/costing/templates/postage?format=xlsx");
        var unknown = await client.GetAsync("/api/v1/costing/export/widgets");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EX-PACK,Kit EX-PACK,Component,EX-SCREW,10,5", await csv.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Putting_costs_for_a_sku_no_listing_has_is_a_404_and_saves_nothing()
    {
        await SeedAsync("Q4");
        var client = Client();
        var definition = (await client.GetFromJsonAsync<SkuCostsDto>("/api/v1/skus/Q4-SKU/costs", Json))!.Definition;

        var put = await client.PutAsJsonAsync("/api/v1/skus/Q4-TYPO/costs", definition);
        var update = await client.PutAsJsonAsync("/api/v1/skus/Q4-SKU/costs", definition with { LabourMinutes = 3m });

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.Contains("SKU 'Q4-TYPO' is not one of your listings", await put.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var skus = (await Store.SnapshotAsync(default)).Skus;
        Assert.False(skus.ContainsKey("Q4-TYPO"));
        Assert.Equal(3m, skus["Q4-SKU"].LabourMinutes);

        // Costing a product before it is listed is allowed when the caller says so.
        var planned = await client.PutAsJsonAsync("/api/v1/skus/Q4-PLANNED/costs?create=true", definition);
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
        Assert.True((await Store.SnapshotAsync(default)).Skus.ContainsKey("Q4-PLANNED"));
    }

    [Fact]
    public async Task Hostile_uploads_are_a_422_naming_the_limit_they_break()
    {
        var client = Client();

        var far = await client.PostAsync("/api/v1/costing/import/components", Upload(Import.HostileFiles.FarColumn(), "parts.xlsx"));
        var bomb = await client.PostAsync("/api/v1/costing/import/components", Upload(Import.HostileFiles.SharedStringsBomb(200), "parts.xlsx"));
        var empty = await client.PostAsync("/api/v1/costing/import/boms", Upload("\r\n", "boms.csv"));

        foreach (var (response, detail) in new[] { (far, "Column ZZZZZZ is beyond the 50 columns an import reads."), (bomb, "The file unzips to more than 64 MB"), (empty, "This file is empty.") })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.StartsWith(detail, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task A_semicolon_separated_upload_imports_and_the_result_says_how_it_was_read()
    {
        var csv = "Code;Name;Supplier;SupplierCode;PackSize;VatPercent;PackCost;EffectiveFrom\r\nAPI-SEMI;Part;;;100;20;1.00;2025-01-01\r\n";

        var response = await Client().PostAsync("/api/v1/costing/import/components", Upload(csv, "parts.csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<ImportResultDto>(Json))!;
        Assert.StartsWith("This file is semicolon-separated", Assert.Single(result.Notes!));
    }

    private static MultipartFormDataContent Upload(string text, string name) => Upload(Encoding.UTF8.GetBytes(text), name);

    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
