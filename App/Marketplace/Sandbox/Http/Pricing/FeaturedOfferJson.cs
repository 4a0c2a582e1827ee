using System.Text.Json;
using System.Text.Json.Nodes;
using SellerConsole.Marketplace.Sandbox.Simulation;
using static SellerConsole.Marketplace.Sandbox.Http.SandboxMarketplace;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>One response of getFeaturedOfferExpectedPriceBatch (Product Pricing 2022-05-01).</summary>
internal static class FeaturedOfferJson
{
    public const string Uri = "/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice";

    public static JsonObject Response(JsonElement request, MarketSimulation sim)
    {
        var marketplace = PricingEndpoints.Text(request, "marketplaceId") ?? "";
        var sku = PricingEndpoints.Text(request, "sku") ?? "";
        var echo = new JsonObject { ["marketplaceId"] = marketplace, ["sku"] = sku };
        var error = PricingEndpoints.Text(request, "uri") != Uri ? $"uri must be {Uri}."
            : PricingEndpoints.Text(request, "method") != "GET" ? "method must be GET."
            : marketplace != Id ? $"marketplaceId must be {Id}."
            : null;
        if (error is not null) return Failure("InvalidInput", error, echo);
        if (sim.GetListingBySku(sku) is not { } listing)
        {
            return Failure("INVALID_SKU", "The requested SKU does not exist for the seller in the requested Amazon store.", echo);
        }
        var result = FeaturedOfferExpectedPrice.Compute(sim.GetOffers(listing.Listing.Asin)!);
        var entry = new JsonObject();
        if (result.ListingPrice is { } price) entry["featuredOfferExpectedPrice"] = new JsonObject { ["listingPrice"] = MoneyNumber(price) };
        entry["resultStatus"] = result.Status;
        if (result.Competing is { } competing) entry["competingFeaturedOffer"] = Featured(competing, listing.Listing.Asin);
        if (result.Current is { } current) entry["currentFeaturedOffer"] = Featured(current, listing.Listing.Asin);
        var body = new JsonObject
        {
            ["offerIdentifier"] = new JsonObject
            {
                ["asin"] = listing.Listing.Asin, ["sku"] = listing.Listing.Sku, ["marketplaceId"] = Id, ["fulfillmentType"] = "MFN", ["sellerId"] = sim.OurSellerId,
            },
            ["featuredOfferExpectedPriceResults"] = new JsonArray(entry),
        };
        return Batch(200, "Success", body, echo);
    }

    private static JsonObject Featured(MarketOffer o, string asin) => new()
    {
        ["offerIdentifier"] = new JsonObject
        {
            ["asin"] = asin, ["marketplaceId"] = Id, ["fulfillmentType"] = o.IsFba || o.IsAmazon ? "AFN" : "MFN", ["sellerId"] = o.SellerId,
        },
        ["condition"] = "New",
        ["price"] = new JsonObject { ["listingPrice"] = MoneyNumber(o.Price), ["shippingPrice"] = MoneyNumber(o.Shipping) },
    };

    private static JsonObject Failure(string code, string message, JsonObject echo) =>
        Batch(400, "Client Error", new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) }, echo);

    private static JsonObject Batch(int status, string reason, JsonObject body, JsonObject echo) => new()
    {
        ["request"] = echo,
        ["status"] = new JsonObject { ["statusCode"] = status, ["reasonPhrase"] = reason },
        ["headers"] = new JsonObject(),
        ["body"] = body,
    };
}
