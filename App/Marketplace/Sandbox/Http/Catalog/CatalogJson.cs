using System.Text.Json.Nodes;
using static SellerConsole.Marketplace.Sandbox.Http.SandboxMarketplace;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Catalog Items 2022-04-01 <c>Item</c> objects, one dataset per includedData value.</summary>
internal static class CatalogJson
{
    public static readonly string[] IncludedData =
        ["attributes", "classifications", "dimensions", "identifiers", "images", "productTypes", "relationships", "salesRanks", "summaries"];

    public static JsonObject Item(CatalogEntry e, int? salesRank, IReadOnlySet<string> included)
    {
        var item = new JsonObject { ["asin"] = e.Asin };
        if (included.Contains("attributes")) item["attributes"] = Attributes(e);
        if (included.Contains("classifications")) item["classifications"] = PerMarketplace("classifications", new JsonArray(Classification(e)));
        if (included.Contains("dimensions")) item["dimensions"] = Dimensions(e);
        if (included.Contains("identifiers"))
        {
            item["identifiers"] = PerMarketplace("identifiers", e.Ours is { } l
                ? new JsonArray(new JsonObject { ["identifierType"] = "EAN", ["identifier"] = l.Ean })
                : new JsonArray());
        }
        if (included.Contains("images"))
        {
            item["images"] = PerMarketplace("images", new JsonArray([.. e.Content.Images.Select(i => (JsonNode)new JsonObject
            {
                ["variant"] = i.Variant, ["link"] = i.Url, ["height"] = i.HeightPx, ["width"] = i.WidthPx,
            })]));
        }
        if (included.Contains("productTypes"))
        {
            item["productTypes"] = new JsonArray(new JsonObject { ["marketplaceId"] = Id, ["productType"] = e.ProductType });
        }
        if (included.Contains("relationships")) item["relationships"] = PerMarketplace("relationships", new JsonArray());
        if (included.Contains("salesRanks")) item["salesRanks"] = SalesRanks(salesRank);
        if (included.Contains("summaries")) item["summaries"] = new JsonArray(Summary(e));
        return item;
    }

    public static JsonObject Classification(CatalogEntry e) => new()
    {
        ["displayName"] = e.Category,
        ["classificationId"] = CatalogClassifications.Node(e.Category).ToString(),
        ["parent"] = new JsonObject { ["displayName"] = CatalogClassifications.RootName, ["classificationId"] = CatalogClassifications.RootNode.ToString() },
    };

    private static JsonObject Attributes(CatalogEntry e) => new()
    {
        ["item_name"] = Values(e.Title),
        ["brand"] = Values(e.Brand),
        ["manufacturer"] = Values(e.Brand),
        ["bullet_point"] = Values([.. e.Content.Bullets]),
        ["product_description"] = Values(e.Content.Description),
    };

    private static JsonArray Values(params string[] values) =>
        new([.. values.Select(v => (JsonNode)new JsonObject { ["value"] = v, ["language_tag"] = LanguageTag, ["marketplace_id"] = Id })]);

    private static JsonArray Dimensions(CatalogEntry e)
    {
        if (e.Ours is not { } l) return [];
        static JsonObject Measure(string unit, decimal value) => new() { ["unit"] = unit, ["value"] = value };
        return
        [
            new JsonObject
            {
                ["marketplaceId"] = Id,
                ["package"] = new JsonObject
                {
                    ["height"] = Measure("centimeters", l.Dimensions.HeightMm / 10m),
                    ["length"] = Measure("centimeters", l.Dimensions.LengthMm / 10m),
                    ["weight"] = Measure("kilograms", l.WeightGrams / 1000m),
                    ["width"] = Measure("centimeters", l.Dimensions.WidthMm / 10m),
                },
            },
        ];
    }

    private static JsonArray SalesRanks(int? rank) =>
    [
        new JsonObject
        {
            ["marketplaceId"] = Id,
            ["classificationRanks"] = new JsonArray(),
            ["displayGroupRanks"] = rank is { } r
                ? new JsonArray(new JsonObject { ["websiteDisplayGroup"] = CatalogClassifications.WebsiteDisplayGroup, ["title"] = CatalogClassifications.RootName, ["rank"] = r })
                : new JsonArray(),
        },
    ];

    private static JsonObject Summary(CatalogEntry e) => new()
    {
        ["marketplaceId"] = Id,
        ["adultProduct"] = false,
        ["autographed"] = false,
        ["brand"] = e.Brand,
        ["browseClassification"] = new JsonObject { ["displayName"] = e.Category, ["classificationId"] = CatalogClassifications.Node(e.Category).ToString() },
        ["itemClassification"] = "BASE_PRODUCT",
        ["itemName"] = e.Title,
        ["manufacturer"] = e.Brand,
        ["memorabilia"] = false,
        ["packageQuantity"] = 1,
        ["tradeInEligible"] = false,
        ["websiteDisplayGroup"] = CatalogClassifications.WebsiteDisplayGroup,
        ["websiteDisplayGroupName"] = CatalogClassifications.RootName,
    };

    private static JsonArray PerMarketplace(string name, JsonArray values) =>
        [new JsonObject { ["marketplaceId"] = Id, [name] = values }];
}
