using System.Text.Json.Nodes;

namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>
/// getItemOffersBatch answers shaped like productPricingV0.json: responses[] of
/// {status, body{payload | errors}, request{MarketplaceId, Asin, ItemCondition}}, in request order.
/// </summary>
internal static class OffersBatchJson
{
    public static IReadOnlyList<string> RequestedAsins(StubSpApiHandler.Seen request) =>
        [.. JsonNode.Parse(request.Body)!["requests"]!.AsArray().Select(r => ((string)r!["uri"]!).Split('/')[^2])];

    /// <summary>Answers a batch by asking <paramref name="item"/> for each requested ASIN.</summary>
    public static HttpResponseMessage Answer(StubSpApiHandler.Seen request, Func<string, JsonObject> item) =>
        StubSpApiHandler.Json(200, new JsonObject
        {
            ["responses"] = new JsonArray([.. RequestedAsins(request).Select(a => (JsonNode)item(a))]),
        }.ToJsonString());

    public static JsonObject Success(string asin, JsonObject? summary = null, params JsonObject[] offers) => Item(asin, 200, "OK", new JsonObject
    {
        ["payload"] = new JsonObject
        {
            ["ASIN"] = asin,
            ["status"] = offers.Length == 0 ? "NoBuyableOffers" : "Success",
            ["ItemCondition"] = "New",
            ["marketplaceId"] = SpApiHarness.Uk,
            ["Identifier"] = new JsonObject { ["MarketplaceId"] = SpApiHarness.Uk, ["ASIN"] = asin, ["ItemCondition"] = "New" },
            ["Summary"] = summary ?? new JsonObject { ["TotalOfferCount"] = offers.Length },
            ["Offers"] = new JsonArray([.. offers.Select(o => (JsonNode)o)]),
        },
    });

    public static JsonObject Failure(string asin, int status, string code, string message) =>
        Item(asin, status, status == 429 ? "Too Many Requests" : "Client Error", new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
        });

    public static JsonObject Summary() => new()
    {
        ["TotalOfferCount"] = 3,
        ["NumberOfOffers"] = new JsonArray(
            new JsonObject { ["condition"] = "new", ["fulfillmentChannel"] = "Merchant", ["OfferCount"] = 2 },
            new JsonObject { ["condition"] = "new", ["fulfillmentChannel"] = "Amazon", ["OfferCount"] = 1 }),
        ["LowestPrices"] = new JsonArray(
            Priced(new JsonObject { ["condition"] = "new", ["fulfillmentChannel"] = "Merchant" }, 11.99m, 0.50m, landed: 12.49m),
            Priced(new JsonObject { ["condition"] = "new", ["fulfillmentChannel"] = "Amazon" }, 13.20m, 0m, landed: 13.20m)),
        ["BuyBoxPrices"] = new JsonArray(
            Priced(new JsonObject { ["condition"] = "New", ["sellerId"] = "A3COMPETITOR" }, 11.99m, 0.50m, landed: 12.49m)),
        ["ListPrice"] = Money(19.99m),
        ["CompetitivePriceThreshold"] = Money(14.10m),
        ["SalesRankings"] = new JsonArray(
            new JsonObject { ["ProductCategoryId"] = "diy_display_on_website", ["Rank"] = 1234 },
            new JsonObject { ["ProductCategoryId"] = "1939156031", ["Rank"] = 17 }),
        ["BuyBoxEligibleOffers"] = new JsonArray(new JsonObject { ["condition"] = "new", ["fulfillmentChannel"] = "Merchant", ["OfferCount"] = 2 }),
    };

    public static JsonObject Offer(
        string? sellerId, decimal price, decimal shipping, bool mine = false, bool buyBox = false, bool fba = false, bool prime = false,
        int minHours = 24, int maxHours = 48, double feedback = 98.0, long feedbackCount = 1234, string country = "GB")
    {
        var offer = Priced(new JsonObject
        {
            ["MyOffer"] = mine,
            ["SubCondition"] = "new",
            ["SellerFeedbackRating"] = new JsonObject { ["SellerPositiveFeedbackRating"] = feedback, ["FeedbackCount"] = feedbackCount },
            ["ShippingTime"] = new JsonObject { ["minimumHours"] = minHours, ["maximumHours"] = maxHours, ["availabilityType"] = "NOW" },
            ["ShipsFrom"] = new JsonObject { ["Country"] = country },
            ["IsFulfilledByAmazon"] = fba,
            ["PrimeInformation"] = new JsonObject { ["IsPrime"] = prime, ["IsNationalPrime"] = prime },
            ["IsBuyBoxWinner"] = buyBox,
            ["IsFeaturedMerchant"] = true,
        }, price, shipping, landed: null);
        if (sellerId is not null)
        {
            offer["SellerId"] = sellerId;
        }
        return offer;
    }

    public static JsonObject Money(decimal amount) => new() { ["CurrencyCode"] = "GBP", ["Amount"] = amount };

    private static JsonObject Priced(JsonObject o, decimal listing, decimal shipping, decimal? landed)
    {
        o["ListingPrice"] = Money(listing);
        o["Shipping"] = Money(shipping);
        if (landed is { } l)
        {
            o["LandedPrice"] = Money(l);
        }
        return o;
    }

    private static JsonObject Item(string asin, int status, string reason, JsonObject body) => new()
    {
        ["headers"] = new JsonObject { ["x-amzn-RequestId"] = Guid.Empty.ToString() },
        ["status"] = new JsonObject { ["statusCode"] = status, ["reasonPhrase"] = reason },
        ["body"] = body,
        ["request"] = new JsonObject { ["MarketplaceId"] = SpApiHarness.Uk, ["Asin"] = asin, ["ItemCondition"] = "New", ["CustomerType"] = "Consumer" },
    };
}
