using System.Text.Json.Nodes;
using SellerConsole.Marketplace.Sandbox.Simulation;
using static SellerConsole.Marketplace.Sandbox.Http.SandboxMarketplace;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Listings Items 2021-08-01 <c>Item</c>: summaries, attributes, issues, offers, fulfillmentAvailability and the rest.</summary>
internal static class ListingsJson
{
    public static readonly string[] IncludedData =
        ["summaries", "attributes", "issues", "offers", "fulfillmentAvailability", "procurement", "relationships", "productTypes"];

    public static JsonObject Item(ListingSnapshot snapshot, OurOffer offer, IReadOnlySet<string> included)
    {
        var l = snapshot.Listing;
        var suppressed = l.Issues.Any(i => i.Enforcement == "LISTING_SUPPRESSED");
        var item = new JsonObject { ["sku"] = l.Sku };
        if (included.Contains("summaries")) item["summaries"] = new JsonArray(Summary(l, offer, suppressed));
        if (included.Contains("attributes")) item["attributes"] = ListingAttributes.Of(l, offer);
        if (included.Contains("issues")) item["issues"] = Issues(l, offer);
        if (included.Contains("offers"))
        {
            item["offers"] = new JsonArray(new JsonObject
            {
                ["marketplaceId"] = Id,
                ["offerType"] = "B2C",
                ["price"] = new JsonObject { ["currencyCode"] = Currency, ["amount"] = offer.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) },
                ["audience"] = new JsonObject { ["value"] = "ALL", ["displayName"] = "Sell on Amazon" },
            });
        }
        if (included.Contains("fulfillmentAvailability"))
        {
            item["fulfillmentAvailability"] = new JsonArray(new JsonObject { ["fulfillmentChannelCode"] = "DEFAULT", ["quantity"] = offer.Quantity });
        }
        if (included.Contains("procurement")) item["procurement"] = new JsonArray();
        if (included.Contains("relationships")) item["relationships"] = new JsonArray(new JsonObject { ["marketplaceId"] = Id, ["relationships"] = new JsonArray() });
        if (included.Contains("productTypes")) item["productTypes"] = new JsonArray(new JsonObject { ["marketplaceId"] = Id, ["productType"] = l.ProductType });
        return item;
    }

    private static JsonObject Summary(CatalogListing l, OurOffer offer, bool suppressed)
    {
        var status = new JsonArray();
        if (!suppressed && offer.Quantity > 0) status.Add("BUYABLE");
        if (!suppressed) status.Add("DISCOVERABLE");
        var main = l.Content.Images.FirstOrDefault(i => i.Variant == "MAIN");
        var summary = new JsonObject
        {
            ["marketplaceId"] = Id,
            ["asin"] = l.Asin,
            ["productType"] = l.ProductType,
            ["conditionType"] = "new_new",
            ["status"] = status,
            ["itemName"] = l.Content.Title,
            ["createdDate"] = Time(l.OpenedUtc),
            ["lastUpdatedDate"] = Time(offer.LastUpdatedUtc),
        };
        if (main is not null) summary["mainImage"] = new JsonObject { ["link"] = main.Url, ["height"] = main.HeightPx, ["width"] = main.WidthPx };
        return summary;
    }

    /// <summary>The generated issues, plus the one a minimum price above our price raises (shown, not enforced).</summary>
    private static JsonArray Issues(CatalogListing l, OurOffer offer)
    {
        var issues = new JsonArray();
        foreach (var i in l.Issues)
        {
            var issue = new JsonObject
            {
                ["code"] = i.Code,
                ["message"] = i.Message,
                ["severity"] = i.Severity,
                ["attributeNames"] = new JsonArray([.. i.AttributeNames.Select(a => (JsonNode)a)]),
                ["categories"] = new JsonArray([.. i.Categories.Select(c => (JsonNode)c)]),
            };
            if (i.Enforcement is { } action)
            {
                issue["enforcements"] = new JsonObject
                {
                    ["actions"] = new JsonArray(new JsonObject { ["action"] = action }),
                    ["exemption"] = new JsonObject { ["status"] = "NOT_EXEMPT" },
                };
            }
            issues.Add(issue);
        }
        if (offer.MinimumPrice is { } min && min > offer.Price)
        {
            issues.Add(new JsonObject
            {
                ["code"] = "18155",
                ["message"] = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The 'minimum price' {min:0.00} is greater than the selling price {offer.Price:0.00}."),
                ["severity"] = "ERROR",
                ["attributeNames"] = new JsonArray("purchasable_offer"),
                ["categories"] = new JsonArray("INVALID_PRICE"),
            });
        }
        return issues;
    }
}
