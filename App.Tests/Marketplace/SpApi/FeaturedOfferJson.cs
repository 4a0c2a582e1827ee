using System.Text.Json.Nodes;

namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>getFeaturedOfferExpectedPriceBatch answers shaped like productPricing_2022-05-01.json.</summary>
internal static class FeaturedOfferJson
{
    public static IReadOnlyList<string> RequestedSkus(StubSpApiHandler.Seen request) =>
        [.. JsonNode.Parse(request.Body)!["requests"]!.AsArray().Select(r => (string)r!["sku"]!)];

    public static HttpResponseMessage Answer(StubSpApiHandler.Seen request, Func<string, JsonObject> item) =>
        StubSpApiHandler.Json(200, new JsonObject
        {
            ["responses"] = new JsonArray([.. RequestedSkus(request).Select(s => (JsonNode)item(s))]),
        }.ToJsonString());

    public static JsonObject Valid(string sku, decimal expected, string competitor, decimal competingPrice, string currentSeller, decimal currentPrice) =>
        Item(sku, 200, new JsonObject
        {
            ["offerIdentifier"] = Identifier(sku, SpApiHarness.SellerId, "MFN"),
            ["featuredOfferExpectedPriceResults"] = new JsonArray(new JsonObject
            {
                ["featuredOfferExpectedPrice"] = new JsonObject { ["listingPrice"] = Money(expected), ["points"] = Points() },
                ["resultStatus"] = "VALID_FOEP",
                ["competingFeaturedOffer"] = Offer(competitor, "AFN", competingPrice, 0m),
                ["currentFeaturedOffer"] = Offer(currentSeller, "MFN", currentPrice, 1.99m),
            }),
        });

    public static JsonObject NoCompetition(string sku) => Item(sku, 200, new JsonObject
    {
        ["offerIdentifier"] = Identifier(sku, SpApiHarness.SellerId, "MFN"),
        ["featuredOfferExpectedPriceResults"] = new JsonArray(new JsonObject
        {
            ["resultStatus"] = "NO_COMPETING_OFFER",
            ["currentFeaturedOffer"] = Offer(SpApiHarness.SellerId, "MFN", 14.99m, 0m),
        }),
    });

    public static JsonObject Failure(string sku, int status, string code, string message) => Item(sku, status, new JsonObject
    {
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
    });

    private static JsonObject Item(string sku, int status, JsonObject body) => new()
    {
        ["request"] = new JsonObject { ["marketplaceId"] = SpApiHarness.Uk, ["sku"] = sku },
        ["status"] = new JsonObject { ["statusCode"] = status, ["reasonPhrase"] = status == 200 ? "Success" : "Client Error" },
        ["headers"] = new JsonObject(),
        ["body"] = body,
    };

    private static JsonObject Offer(string seller, string fulfillment, decimal price, decimal shipping) => new()
    {
        ["offerIdentifier"] = new JsonObject
        {
            ["asin"] = "B0CX23V2ZK", ["marketplaceId"] = SpApiHarness.Uk, ["fulfillmentType"] = fulfillment, ["sellerId"] = seller,
        },
        ["condition"] = "New",
        ["price"] = new JsonObject { ["listingPrice"] = Money(price), ["shippingPrice"] = Money(shipping), ["points"] = Points() },
    };

    private static JsonObject Identifier(string sku, string seller, string fulfillment) => new()
    {
        ["asin"] = "B0CX23V2ZK", ["sku"] = sku, ["marketplaceId"] = SpApiHarness.Uk, ["fulfillmentType"] = fulfillment, ["sellerId"] = seller,
    };

    private static JsonObject Money(decimal amount) => new() { ["amount"] = amount, ["currencyCode"] = "GBP" };

    private static JsonObject Points() => new() { ["pointsNumber"] = 0, ["pointsMonetaryValue"] = Money(0m) };
}
