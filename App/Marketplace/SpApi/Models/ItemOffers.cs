namespace SellerConsole.Marketplace.SpApi.Models;

/// <summary>
/// getItemOffers for one ASIN (New condition) from a batch. A failed item (400, 404, or still
/// throttled after the retries) carries its status and Amazon's error instead of offers.
/// </summary>
public sealed record ItemOffers(
    string Asin,
    int StatusCode,
    string? ErrorCode,
    string? ErrorMessage,
    string? PayloadStatus,
    OfferSummary? Summary,
    IReadOnlyList<ItemOffer> Offers)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>
/// <see cref="BuyBox"/> is the New-condition Buy Box price (null when there is none);
/// <see cref="CompetitivePriceThreshold"/> is Amazon's off-Amazon reference above which Buy Box eligibility can be lost.
/// </summary>
public sealed record OfferSummary(
    int TotalOfferCount,
    BuyBoxPrice? BuyBox,
    IReadOnlyList<LowestPrice> LowestPrices,
    IReadOnlyList<SalesRank> SalesRankings,
    decimal? ListPrice,
    decimal? CompetitivePriceThreshold);

public sealed record BuyBoxPrice(string? Condition, decimal? LandedPrice, decimal? ListingPrice, decimal? Shipping, string? SellerId);

/// <summary>FulfillmentChannel is "Amazon" or "Merchant".</summary>
public sealed record LowestPrice(string? Condition, string? FulfillmentChannel, decimal? LandedPrice, decimal? ListingPrice, decimal? Shipping);

public sealed record SalesRank(string CategoryId, long Rank);

/// <summary>One competing (or our own, <see cref="IsOurs"/>) offer; Landed = listing + shipping.</summary>
public sealed record ItemOffer(
    string? SellerId,
    bool IsOurs,
    bool IsBuyBoxWinner,
    bool IsFeaturedMerchant,
    bool IsFulfilledByAmazon,
    bool IsPrime,
    string? SubCondition,
    decimal? ListingPrice,
    decimal? Shipping,
    decimal? LandedPrice,
    int? ShippingMinHours,
    int? ShippingMaxHours,
    string? ShippingAvailability,
    double? FeedbackPercent,
    long? FeedbackCount,
    string? ShipsFromCountry);
