namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>A page of results; <see cref="NextOffset"/> is null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Total)
{
    public int? NextOffset => Offset + Items.Count < Total ? Offset + Items.Count : null;
}

/// <summary>One of our listings as it stands at <see cref="AsOfUtc"/>.</summary>
public sealed record ListingSnapshot(
    CatalogListing Listing,
    decimal Price,
    decimal Shipping,
    int Stock,
    bool Buyable,
    bool OwnsBuyBox,
    decimal? Rating,
    int ReviewCount,
    int? SalesRank,
    DateTime AsOfUtc);

/// <summary>An offer on an ASIN now. <see cref="LandedPrice"/> = price + shipping.</summary>
public sealed record MarketOffer(
    string SellerId,
    string SellerName,
    bool IsOurs,
    bool IsAmazon,
    bool IsFba,
    decimal Price,
    decimal Shipping,
    decimal LandedPrice,
    decimal FeedbackPercent,
    int FeedbackCount,
    int ShipMinDays,
    int ShipMaxDays,
    int Stock,
    OfferBehaviour Behaviour,
    bool BuyBoxEligible,
    bool IsBuyBoxWinner,
    DateTime ListedSinceUtc);

/// <summary>
/// All current offers on an ASIN (listed offers, in or out of stock) and the market summary.
/// <see cref="CompetitivePriceThreshold"/> is the landed price above which no offer can win the buy box.
/// </summary>
public sealed record OfferBook(
    string Asin,
    DateTime AsOfUtc,
    IReadOnlyList<MarketOffer> Offers,
    MarketOffer? BuyBoxWinner,
    decimal? LowestFbmLanded,
    decimal? LowestFbaLanded,
    int NewOfferCount,
    int? SalesRank,
    decimal CompetitivePriceThreshold);

public sealed record SimOrderItem(
    string OrderItemId,
    string Sku,
    string Asin,
    string Title,
    int Quantity,
    decimal UnitPrice,
    decimal ItemPrice,
    decimal ShippingPrice);

/// <summary>One of our orders as it stands at <see cref="AsOfUtc"/>.</summary>
public sealed record SimOrder(
    string AmazonOrderId,
    DateTime PurchaseDateUtc,
    DateTime LastUpdatedUtc,
    OrderStatus Status,
    DateTime? ShippedUtc,
    DateTime? CanceledUtc,
    DateTime LatestShipDateUtc,
    string BuyerPostcodeArea,
    IReadOnlyList<SimOrderItem> Items,
    decimal OrderTotal,
    DateTime AsOfUtc);

/// <summary>A change point: from <see cref="TimeUtc"/> the value is <see cref="Value"/> (null = none).</summary>
public sealed record ChangePoint<T>(DateTime TimeUtc, T Value);

public sealed record OfferPricePoint(DateTime TimeUtc, decimal? Price, decimal? Shipping);

/// <summary>Price history of one offer; a point with null price marks the offer leaving.</summary>
public sealed record OfferHistory(
    string SellerId,
    string SellerName,
    bool IsOurs,
    bool IsAmazon,
    bool IsFba,
    DateTime FirstSeenUtc,
    DateTime? LeftUtc,
    IReadOnlyList<OfferPricePoint> Points);

/// <summary>
/// Keepa-like histories of one ASIN as change points from the history start up to <see cref="AsOfUtc"/>.
/// Prices are landed (price + shipping) except <see cref="OurPrice"/> and <see cref="AmazonPrice"/> (item price).
/// </summary>
public sealed record AsinHistory(
    string Asin,
    string Sku,
    DateTime FromUtc,
    DateTime AsOfUtc,
    IReadOnlyList<ChangePoint<decimal?>> OurPrice,
    IReadOnlyList<ChangePoint<decimal?>> BuyBoxLanded,
    IReadOnlyList<ChangePoint<string?>> BuyBoxWinnerSellerId,
    IReadOnlyList<ChangePoint<decimal?>> LowestFbmLanded,
    IReadOnlyList<ChangePoint<decimal?>> LowestFbaLanded,
    IReadOnlyList<ChangePoint<decimal?>> AmazonPrice,
    IReadOnlyList<ChangePoint<int?>> SalesRank,
    IReadOnlyList<ChangePoint<int?>> NewOfferCount,
    IReadOnlyList<ChangePoint<decimal?>> Rating,
    IReadOnlyList<ChangePoint<int?>> ReviewCount,
    IReadOnlyList<OfferHistory> Offers);
