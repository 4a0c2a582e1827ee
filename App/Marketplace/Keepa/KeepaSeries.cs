namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// The index of a history in Keepa's <c>product.csv</c> (and of a value in the <c>stats</c> arrays).
/// Names follow Keepa's CsvType; indices 32-35 come from third-party ports only (unconfirmed).
/// </summary>
public enum KeepaSeries
{
    Amazon = 0,
    /// <summary>Lowest New offer (Amazon included), excluding shipping.</summary>
    New = 1,
    Used = 2,
    /// <summary>Sales rank.</summary>
    Sales = 3,
    ListPrice = 4,
    Collectible = 5,
    Refurbished = 6,
    /// <summary>Lowest third-party New FBM offer including shipping.</summary>
    NewFbmShipping = 7,
    LightningDeal = 8,
    Warehouse = 9,
    /// <summary>Lowest third-party New FBA offer.</summary>
    NewFba = 10,
    CountNew = 11,
    CountUsed = 12,
    CountRefurbished = 13,
    CountCollectible = 14,
    /// <summary>Offer fetches: |value| offers fetched; positive = all of them, negative = partial.</summary>
    ExtraInfoUpdates = 15,
    /// <summary>Stars x10 on the wire (45 = 4.5).</summary>
    Rating = 16,
    CountReviews = 17,
    /// <summary>Buy Box price; a gap means no Buy Box.</summary>
    BuyBoxShipping = 18,
    UsedNewShipping = 19,
    UsedVeryGoodShipping = 20,
    UsedGoodShipping = 21,
    UsedAcceptableShipping = 22,
    CollectibleNewShipping = 23,
    CollectibleVeryGoodShipping = 24,
    CollectibleGoodShipping = 25,
    CollectibleAcceptableShipping = 26,
    RefurbishedShipping = 27,
    EbayNewShipping = 28,
    EbayUsedShipping = 29,
    TradeIn = 30,
    /// <summary>US only.</summary>
    Rent = 31,
    BuyBoxUsedShipping = 32,
    PrimeExcl = 33,
    CountNewFba = 34,
    CountNewFbm = 35,
}

/// <summary>How the values of a series are encoded and what they become once decoded.</summary>
public enum KeepaSeriesKind
{
    /// <summary>Pairs (time, pence); decoded to GBP; negative = no offer / out of stock.</summary>
    Price,
    /// <summary>Triplets (time, price pence, shipping pence); decoded to price, shipping and landed GBP.</summary>
    PriceWithShipping,
    /// <summary>Pairs (time, rank); negative = no rank.</summary>
    Rank,
    /// <summary>Pairs (time, count); negative = no data.</summary>
    Count,
    /// <summary>Pairs (time, stars x10); decoded to stars.</summary>
    Rating,
    /// <summary>Pairs (time, signed offers fetched); the sign carries meaning, so never a gap.</summary>
    OfferFetch,
}

public static class KeepaSeriesInfo
{
    /// <summary>Number of csv indices this adapter knows (0-35); higher indices are skipped.</summary>
    public const int Count = 36;

    private static readonly KeepaSeriesKind[] Kinds = BuildKinds();

    public static bool IsKnown(int index) => (uint)index < Count;

    public static KeepaSeriesKind Kind(this KeepaSeries series) => Kinds[(int)series];

    /// <summary>Shipping ("S") series are written as (time, price, shipping) triplets.</summary>
    public static bool IsTriplet(this KeepaSeries series) => series.Kind() == KeepaSeriesKind.PriceWithShipping;

    /// <summary>Price series hold pence on the wire; the only ones with an out-of-stock percentage.</summary>
    public static bool IsPrice(this KeepaSeries series) =>
        series.Kind() is KeepaSeriesKind.Price or KeepaSeriesKind.PriceWithShipping;

    /// <summary>Length of one wire entry: 3 for triplets, else 2.</summary>
    public static int Stride(this KeepaSeries series) => series.IsTriplet() ? 3 : 2;

    public static IEnumerable<KeepaSeries> All => Enumerable.Range(0, Count).Select(i => (KeepaSeries)i);

    private static KeepaSeriesKind[] BuildKinds()
    {
        var kinds = new KeepaSeriesKind[Count];
        Array.Fill(kinds, KeepaSeriesKind.Price);
        kinds[(int)KeepaSeries.Sales] = KeepaSeriesKind.Rank;
        foreach (var count in new[]
                 {
                     KeepaSeries.CountNew, KeepaSeries.CountUsed, KeepaSeries.CountRefurbished,
                     KeepaSeries.CountCollectible, KeepaSeries.CountReviews, KeepaSeries.CountNewFba,
                     KeepaSeries.CountNewFbm,
                 })
        {
            kinds[(int)count] = KeepaSeriesKind.Count;
        }
        kinds[(int)KeepaSeries.ExtraInfoUpdates] = KeepaSeriesKind.OfferFetch;
        kinds[(int)KeepaSeries.Rating] = KeepaSeriesKind.Rating;
        kinds[(int)KeepaSeries.NewFbmShipping] = KeepaSeriesKind.PriceWithShipping;
        for (var i = (int)KeepaSeries.BuyBoxShipping; i <= (int)KeepaSeries.EbayUsedShipping; i++)
        {
            kinds[i] = KeepaSeriesKind.PriceWithShipping;
        }
        kinds[(int)KeepaSeries.BuyBoxUsedShipping] = KeepaSeriesKind.PriceWithShipping;
        return kinds;
    }
}
