using System.Text.Json.Nodes;

namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>
/// A getListingsItem answer shaped like Amazon's (listingsItems_2021-08-01 example plus the UK
/// attribute shapes): a UK offer rich in sub-attributes, a B2B offer and a German one beside it.
/// </summary>
internal sealed class ListingJsonBuilder(string sku)
{
    private const string Germany = "A1PA6795UKMFR9";

    private readonly List<JsonObject> _issues = [];
    private decimal? _ourPrice = 24.99m;
    private bool _attributes = true;
    private string? _productType = "SCREWDRIVER";

    public ListingJsonBuilder Price(decimal? ourPrice)
    {
        _ourPrice = ourPrice;
        return this;
    }

    public ListingJsonBuilder WithoutAttributes()
    {
        _attributes = false;
        return this;
    }

    public ListingJsonBuilder ProductType(string? productType)
    {
        _productType = productType;
        return this;
    }

    public ListingJsonBuilder Issue(string code, string message, string severity, string[] categories, string[] attributes, params string[] actions)
    {
        _issues.Add(new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["severity"] = severity,
            ["attributeNames"] = Array(attributes),
            ["categories"] = Array(categories),
            ["enforcements"] = new JsonObject
            {
                ["actions"] = new JsonArray([.. actions.Select(a => (JsonNode)new JsonObject { ["action"] = a })]),
                ["exemption"] = new JsonObject { ["status"] = "NOT_EXEMPT" },
            },
        });
        return this;
    }

    /// <summary>The UK, audience ALL purchasable_offer exactly as served (what a price patch must copy).</summary>
    public JsonObject UkOffer()
    {
        var offer = new JsonObject
        {
            ["audience"] = "ALL",
            ["currency"] = "GBP",
            ["marketplace_id"] = SpApiHarness.Uk,
            ["minimum_seller_allowed_price"] = Schedule(19.50m),
            ["maximum_seller_allowed_price"] = Schedule(39.99m),
            ["discounted_price"] = new JsonArray(new JsonObject
            {
                ["schedule"] = new JsonArray(new JsonObject
                {
                    ["start_at"] = "2026-03-01T00:00:00Z",
                    ["end_at"] = "2026-03-31T23:59:59Z",
                    ["value_with_tax"] = 21.99,
                }),
            }),
            ["start_at"] = new JsonObject { ["value"] = "2024-02-01T08:30:00Z" },
        };
        if (_ourPrice is { } price)
        {
            offer["our_price"] = Schedule(price);
        }
        return offer;
    }

    public JsonObject Build()
    {
        var item = new JsonObject
        {
            ["sku"] = sku,
            ["summaries"] = new JsonArray(new JsonObject
            {
                ["marketplaceId"] = SpApiHarness.Uk,
                ["asin"] = "B0CX23V2ZK",
                ["productType"] = _productType,
                ["conditionType"] = "new_new",
                ["status"] = Array(["BUYABLE", "DISCOVERABLE"]),
                ["itemName"] = "Magnetic Screwdriver Set, 32 Piece",
                ["createdDate"] = "2024-02-01T08:30:00Z",
                ["lastUpdatedDate"] = "2026-02-27T17:45:10+01:00",
                ["mainImage"] = new JsonObject { ["link"] = "https://m.media-amazon.com/images/I/61main.jpg", ["height"] = 1500, ["width"] = 1200 },
            }),
            ["issues"] = new JsonArray([.. _issues.Select(i => (JsonNode)i.DeepClone())]),
            ["offers"] = new JsonArray(new JsonObject
            {
                ["marketplaceId"] = SpApiHarness.Uk,
                ["offerType"] = "B2C",
                ["price"] = new JsonObject { ["currencyCode"] = "GBP", ["amount"] = "23.49" },
                ["audience"] = new JsonObject { ["value"] = "ALL", ["displayName"] = "Sell on Amazon" },
            }),
            ["fulfillmentAvailability"] = new JsonArray(new JsonObject { ["fulfillmentChannelCode"] = "DEFAULT", ["quantity"] = 37 }),
        };
        if (_attributes)
        {
            item["attributes"] = Attributes();
        }
        return item;
    }

    public string Json() => Build().ToJsonString();

    private JsonObject Attributes() => new()
    {
        ["item_name"] = Values("Magnetic Screwdriver Set, 32 Piece, Chrome Vanadium"),
        ["brand"] = Values("Forgefast"),
        ["bullet_point"] = Values("32 pieces: 6 screwdrivers and 26 bits", "Magnetic tips hold screws", "Soft-grip handles"),
        ["product_description"] = Values("A complete set for home DIY."),
        ["generic_keyword"] = Values("screwdriver set magnetic", "precision bits"),
        ["main_product_image_locator"] = Images("https://m.media-amazon.com/images/I/61main.jpg"),
        ["other_product_image_locator_1"] = Images("https://m.media-amazon.com/images/I/71pt01.jpg"),
        ["other_product_image_locator_2"] = Images("https://m.media-amazon.com/images/I/71pt02.jpg"),
        ["purchasable_offer"] = new JsonArray(
            new JsonObject
            {
                ["audience"] = "B2B", ["currency"] = "GBP", ["marketplace_id"] = SpApiHarness.Uk, ["our_price"] = Schedule(20.82m),
            },
            UkOffer(),
            new JsonObject
            {
                ["audience"] = "ALL", ["currency"] = "EUR", ["marketplace_id"] = Germany, ["our_price"] = Schedule(27.90m),
            }),
    };

    private static JsonArray Schedule(decimal value) =>
        new(new JsonObject { ["schedule"] = new JsonArray(new JsonObject { ["value_with_tax"] = value }) });

    private static JsonArray Values(params string[] values) =>
        new([.. values.Select(v => (JsonNode)new JsonObject { ["value"] = v, ["language_tag"] = "en_GB", ["marketplace_id"] = SpApiHarness.Uk })]);

    private static JsonArray Images(string url) =>
        new(new JsonObject { ["media_location"] = url, ["marketplace_id"] = SpApiHarness.Uk });

    private static JsonArray Array(string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
