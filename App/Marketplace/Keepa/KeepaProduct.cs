namespace SellerConsole.Marketplace.Keepa;

/// <summary>Keepa's productType: evaluate first; only Standard products carry full data.</summary>
public enum KeepaProductType
{
    Standard = 0,
    Downloadable = 1,
    Ebook = 2,
    Unaccessible = 3,
    Invalid = 4,
    VariationParent = 5,
}

/// <summary>Keepa's offer condition codes.</summary>
public enum KeepaOfferCondition
{
    Unknown = 0,
    New = 1,
    UsedLikeNew = 2,
    UsedVeryGood = 3,
    UsedGood = 4,
    UsedAcceptable = 5,
    Refurbished = 6,
    CollectibleLikeNew = 7,
    CollectibleVeryGood = 8,
    CollectibleGood = 9,
    CollectibleAcceptable = 10,
}

/// <summary>One marketplace offer Keepa has seen (current or past: check <see cref="LastSeen"/>).</summary>
public sealed record KeepaOffer(
    int OfferId,
    string SellerId,
    KeepaOfferCondition Condition,
    bool IsFba,
    bool IsAmazon,
    bool IsPrime,
    bool IsShippable,
    DateTime? LastSeen,
    IReadOnlyList<KeepaShippingPoint> History);

public sealed record KeepaProduct(
    string Asin,
    KeepaProductType ProductType,
    string? Title,
    string? Brand,
    string? Manufacturer,
    long? RootCategory,
    DateTime? TrackingSince,
    DateTime? ListedSince,
    DateTime? LastUpdate,
    DateTime? LastPriceChange,
    DateTime? LastRatingUpdate,
    KeepaHistories Histories,
    KeepaStats? Stats,
    IReadOnlyList<KeepaBuyBoxSellerPoint>? BuyBoxSellerHistory,
    IReadOnlyList<KeepaOffer>? Offers,
    IReadOnlyList<int>? LiveOffersOrder,
    bool? OffersSuccessful);

/// <summary>The token bucket as reported by one Keepa response.</summary>
public sealed record KeepaTokenStatus(
    DateTime Timestamp,
    int TokensLeft,
    TimeSpan RefillIn,
    int RefillRatePerMinute,
    int TokensConsumed)
{
    /// <summary>The bucket as of <paramref name="observedAt"/> on our own clock (avoids server clock skew).</summary>
    public KeepaTokenState ToState(DateTime observedAt) => new(TokensLeft, RefillRatePerMinute, RefillIn, observedAt);
}

/// <summary>The <c>error</c> object of a failed request.</summary>
public sealed record KeepaApiError(string? Type, string? Message);

/// <summary>A decoded <c>GET /product</c> response.</summary>
public sealed record KeepaProductResponse(
    KeepaTokenStatus Tokens,
    IReadOnlyList<KeepaProduct> Products,
    KeepaApiError? Error);
