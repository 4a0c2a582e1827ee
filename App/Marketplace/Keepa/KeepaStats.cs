namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// Keepa's <c>stats</c> for one series, in natural units: GBP for price series (landed for shipping
/// series), stars for the rating, plain numbers for ranks and counts. Null = Keepa had no data.
/// </summary>
public sealed record KeepaSeriesStats(
    KeepaSeries Series,
    decimal? Current,
    decimal? Average,
    decimal? Average30,
    decimal? Average90,
    decimal? Average180,
    decimal? AtIntervalStart,
    KeepaExtreme? Min,
    KeepaExtreme? Max,
    KeepaExtreme? MinInInterval,
    KeepaExtreme? MaxInInterval,
    int? OutOfStockPercentageInInterval,
    int? OutOfStockPercentage30,
    int? OutOfStockPercentage90);

/// <summary>The Buy Box as Keepa last saw it (only sent with <c>offers</c>).</summary>
public sealed record KeepaBuyBoxStats(
    decimal? Price,
    decimal? Shipping,
    string? SellerId,
    bool? IsFba,
    bool? IsAmazon,
    bool? IsUnqualified,
    bool? IsMap,
    bool? IsUsed,
    bool? IsPreorder,
    bool? IsShippable)
{
    public decimal? Landed => Price + Shipping;
}

/// <summary>The decoded <c>stats</c> object. Keepa's "-1"/"-2" sentinels become null.</summary>
public sealed record KeepaStats(
    IReadOnlyDictionary<KeepaSeries, KeepaSeriesStats> Series,
    int? TotalOfferCount,
    DateTime? LastOffersUpdate,
    int? RetrievedOfferCount,
    int? OfferCountFba,
    int? OfferCountFbm,
    int? StockAmazon,
    int? StockBuyBox,
    int? SalesRankDrops30,
    int? SalesRankDrops90,
    IReadOnlyList<string>? SellerIdsLowestFba,
    IReadOnlyList<string>? SellerIdsLowestFbm,
    KeepaBuyBoxStats BuyBox)
{
    public KeepaSeriesStats? For(KeepaSeries series) => Series.GetValueOrDefault(series);
}
