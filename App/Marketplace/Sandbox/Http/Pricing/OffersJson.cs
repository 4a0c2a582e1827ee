using System.Text.Json.Nodes;
using SellerConsole.Marketplace.Sandbox.Simulation;
using static SellerConsole.Marketplace.Sandbox.Http.SandboxMarketplace;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Product Pricing v0 <c>GetOffersResult</c> (the <c>payload</c> of getItemOffers) from an offer book.</summary>
internal static class OffersJson
{
    public const int MaxOffers = 20;

    /// <summary>Only New offers exist in the simulation; any other condition has no buyable offers.</summary>
    public static JsonObject Payload(string asin, OfferBook? book, string itemCondition)
    {
        var live = book is null || itemCondition != "New"
            ? []
            : book.Offers.Where(o => o.Stock > 0).OrderBy(o => o.LandedPrice).ThenBy(o => o.SellerId, StringComparer.Ordinal).ToList();
        var summary = new JsonObject
        {
            ["TotalOfferCount"] = live.Count,
            ["NumberOfOffers"] = Counts(live),
            ["LowestPrices"] = new JsonArray([.. live.GroupBy(Channel).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (JsonNode)Prices(g.First(), g.Key))]),
            ["BuyBoxEligibleOffers"] = Counts([.. live.Where(o => o.BuyBoxEligible)]),
        };
        if (live.FirstOrDefault(o => o.IsBuyBoxWinner) is { } winner)
        {
            var prices = Prices(winner, null);
            prices["sellerId"] = winner.SellerId;
            summary["BuyBoxPrices"] = new JsonArray(prices);
        }
        if (book is not null)
        {
            summary["CompetitivePriceThreshold"] = MoneyV0(book.CompetitivePriceThreshold);
            if (book.SalesRank is { } rank)
            {
                summary["SalesRankings"] = new JsonArray(new JsonObject { ["ProductCategoryId"] = CatalogClassifications.WebsiteDisplayGroup, ["Rank"] = rank });
            }
        }
        return new JsonObject
        {
            ["ASIN"] = asin,
            ["status"] = live.Count > 0 ? "Success" : "NoBuyableOffers",
            ["ItemCondition"] = itemCondition,
            ["Identifier"] = new JsonObject { ["MarketplaceId"] = Id, ["ASIN"] = asin, ["ItemCondition"] = itemCondition },
            ["Summary"] = summary,
            ["Offers"] = new JsonArray([.. live.Take(MaxOffers).Select(o => (JsonNode)Offer(o))]),
            ["marketplaceId"] = Id,
        };
    }

    private static JsonObject Offer(MarketOffer o) => new()
    {
        ["MyOffer"] = o.IsOurs,
        ["SubCondition"] = "new",
        ["SellerId"] = o.SellerId,
        ["SellerFeedbackRating"] = new JsonObject { ["SellerPositiveFeedbackRating"] = (double)o.FeedbackPercent, ["FeedbackCount"] = o.FeedbackCount },
        ["ShippingTime"] = new JsonObject { ["minimumHours"] = o.ShipMinDays * 24, ["maximumHours"] = o.ShipMaxDays * 24, ["availabilityType"] = "NOW" },
        ["ListingPrice"] = MoneyV0(o.Price),
        ["Shipping"] = MoneyV0(o.Shipping),
        ["ShipsFrom"] = new JsonObject { ["Country"] = "GB" },
        ["IsFulfilledByAmazon"] = o.IsFba || o.IsAmazon,
        ["PrimeInformation"] = new JsonObject { ["IsPrime"] = o.IsFba || o.IsAmazon, ["IsNationalPrime"] = o.IsFba || o.IsAmazon },
        ["IsBuyBoxWinner"] = o.IsBuyBoxWinner,
        ["IsFeaturedMerchant"] = o.BuyBoxEligible,
    };

    private static JsonObject Prices(MarketOffer o, string? channel)
    {
        var prices = new JsonObject { ["condition"] = "new" };
        if (channel is not null) prices["fulfillmentChannel"] = channel;
        prices["LandedPrice"] = MoneyV0(o.LandedPrice);
        prices["ListingPrice"] = MoneyV0(o.Price);
        prices["Shipping"] = MoneyV0(o.Shipping);
        return prices;
    }

    private static JsonArray Counts(List<MarketOffer> offers) =>
        new([.. offers.GroupBy(Channel).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (JsonNode)new JsonObject { ["condition"] = "new", ["fulfillmentChannel"] = g.Key, ["OfferCount"] = g.Count() })]);

    private static string Channel(MarketOffer o) => o.IsFba || o.IsAmazon ? "Amazon" : "Merchant";
}
