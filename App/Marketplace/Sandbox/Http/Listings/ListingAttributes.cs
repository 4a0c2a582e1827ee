using System.Text.Json.Nodes;
using SellerConsole.Marketplace.Sandbox.Simulation;
using static SellerConsole.Marketplace.Sandbox.Http.SandboxMarketplace;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>A listing's <c>attributes</c> in the product-type schema's shape (snake_case, arrays of marketplace-tagged values).</summary>
internal static class ListingAttributes
{
    public static JsonObject Of(CatalogListing l, OurOffer offer)
    {
        var c = l.Content;
        var attributes = new JsonObject
        {
            ["item_name"] = Text(c.Title),
            ["brand"] = Text(l.Brand),
            ["bullet_point"] = Text([.. c.Bullets]),
            ["product_description"] = Text(c.Description),
            ["generic_keyword"] = Text(c.SearchTerms),
            ["condition_type"] = new JsonArray(new JsonObject { ["value"] = "new_new", ["marketplace_id"] = Id }),
            ["externally_assigned_product_identifier"] = new JsonArray(new JsonObject { ["type"] = "ean", ["value"] = l.Ean, ["marketplace_id"] = Id }),
            ["item_package_weight"] = new JsonArray(new JsonObject { ["value"] = l.WeightGrams / 1000m, ["unit"] = "kilograms", ["marketplace_id"] = Id }),
            ["purchasable_offer"] = new JsonArray(PurchasableOffer(offer)),
            ["fulfillment_availability"] = new JsonArray(new JsonObject
            {
                ["fulfillment_channel_code"] = "DEFAULT",
                ["quantity"] = offer.Quantity,
                ["lead_time_to_ship_max_days"] = l.HandlingDaysMax,
            }),
        };
        var others = 0;
        foreach (var image in c.Images)
        {
            var name = image.Variant == "MAIN" ? "main_product_image_locator" : $"other_product_image_locator_{++others}";
            attributes[name] = new JsonArray(new JsonObject { ["media_location"] = image.Url, ["marketplace_id"] = Id });
        }
        return attributes;
    }

    private static JsonObject PurchasableOffer(OurOffer offer)
    {
        static JsonArray Schedule(decimal value) =>
            new(new JsonObject { ["schedule"] = new JsonArray(new JsonObject { ["value_with_tax"] = value }) });
        var entry = new JsonObject
        {
            ["marketplace_id"] = Id,
            ["currency"] = Currency,
            ["audience"] = "ALL",
            ["our_price"] = Schedule(offer.Price),
        };
        if (offer.MinimumPrice is { } min) entry["minimum_seller_allowed_price"] = Schedule(min);
        return entry;
    }

    private static JsonArray Text(params string[] values) =>
        new([.. values.Select(v => (JsonNode)new JsonObject { ["value"] = v, ["language_tag"] = LanguageTag, ["marketplace_id"] = Id })]);
}
