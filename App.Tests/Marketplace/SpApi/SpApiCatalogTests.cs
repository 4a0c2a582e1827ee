using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiCatalogTests
{
    private const string Asin = "B0CX23V2ZK";
    private const string Path = "/catalog/2022-04-01/items/B0CX23V2ZK";

    [Fact]
    public async Task A_catalog_item_maps_the_uk_entries_of_every_data_set()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, Path, _ => StubSpApiHandler.Json(200, CatalogJson.Item(Asin)));

        var item = await h.Client.GetCatalogItemAsync(Asin);

        Assert.NotNull(item);
        Assert.Equal((Asin, "Forgefast Magnetic Screwdriver Set, 32 Piece", "Forgefast"), (item.Asin, item.Title, item.Brand));
        Assert.Equal(("Forgefast Tools Ltd", "FF-32"), (item.Manufacturer, item.ModelNumber));
        Assert.Equal(new CatalogClassification("1939156031", "Screwdriver Sets"), item.BrowseClassification);
        Assert.Equal(
            [new(SalesRankKind.Classification, "1939156031", "Screwdriver Sets", 17), new(SalesRankKind.DisplayGroup, "diy_display_on_website", "DIY & Tools", 1234)],
            item.SalesRanks);
        Assert.Equal(
            [new("MAIN", "https://m.media-amazon.com/images/I/61main.jpg", 1200, 1500), new("PT01", "https://m.media-amazon.com/images/I/71pt01.jpg", 1000, 1000)],
            item.Images);
        Assert.Equal(new CatalogDimensions(new(4.5m, "centimeters"), new(22.0m, "centimeters"), new(12.5m, "centimeters"), new(0.62m, "kilograms")), item.ItemDimensions);
        Assert.Equal(new Measure(0.7m, "kilograms"), item.PackageDimensions!.Weight);
        Assert.Equal([new("EAN", "5056123456789"), new("GTIN", "05056123456789")], item.Identifiers);
        var query = Assert.Single(h.Handler.To(Path)).Query;
        Assert.Equal((SpApiHarness.Uk, "attributes,classifications,images,salesRanks,summaries,dimensions,identifiers"),
            (query["marketplaceIds"], query["includedData"]));
    }

    [Fact]
    public async Task An_asin_unknown_in_the_uk_is_null()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, Path, _ => StubSpApiHandler.Error(404, "NOT_FOUND", "Requested item 'B0CX23V2ZK' not found in marketplaces 'A1F83G8C2ARO7P'."));

        Assert.Null(await h.Client.GetCatalogItemAsync(Asin));
    }
}
