namespace SellerConsole.Competition;

/// <summary>
/// The histories the console keeps per ASIN. Prices are landed pence (price + shipping), ranks and
/// counts plain numbers, the rating stars x10, <see cref="BuyBoxOurs"/> 1 when we hold the buy box
/// and 0 when someone else does (a gap: nobody holds it).
/// </summary>
public enum HistorySeries
{
    OurPrice = 1,
    BuyBox = 2,
    BuyBoxOurs = 3,
    LowestFbm = 4,
    LowestFba = 5,
    Amazon = 6,
    SalesRank = 7,
    OfferCount = 8,
    Rating = 9,
    ReviewCount = 10,
}

public static class HistorySeriesInfo
{
    public static IReadOnlyList<HistorySeries> All { get; } = Enum.GetValues<HistorySeries>();

    /// <summary>API spelling: kebab-case ("our-price", "buy-box", "sales-rank").</summary>
    public static string ApiName(this HistorySeries series) => series switch
    {
        HistorySeries.OurPrice => "our-price",
        HistorySeries.BuyBox => "buy-box",
        HistorySeries.BuyBoxOurs => "buy-box-ours",
        HistorySeries.LowestFbm => "lowest-fbm",
        HistorySeries.LowestFba => "lowest-fba",
        HistorySeries.Amazon => "amazon",
        HistorySeries.SalesRank => "sales-rank",
        HistorySeries.OfferCount => "offer-count",
        HistorySeries.Rating => "rating",
        HistorySeries.ReviewCount => "review-count",
        _ => throw new ArgumentOutOfRangeException(nameof(series), series, null),
    };

    public static string Title(this HistorySeries series) => series switch
    {
        HistorySeries.OurPrice => "Our price",
        HistorySeries.BuyBox => "Buy box",
        HistorySeries.BuyBoxOurs => "Buy box is ours",
        HistorySeries.LowestFbm => "Lowest FBM (landed)",
        HistorySeries.LowestFba => "Lowest FBA (landed)",
        HistorySeries.Amazon => "Amazon",
        HistorySeries.SalesRank => "Sales rank",
        HistorySeries.OfferCount => "Offer count",
        HistorySeries.Rating => "Rating",
        HistorySeries.ReviewCount => "Reviews",
        _ => throw new ArgumentOutOfRangeException(nameof(series), series, null),
    };

    public static bool IsMoney(this HistorySeries series) =>
        series is HistorySeries.OurPrice or HistorySeries.BuyBox or HistorySeries.LowestFbm or HistorySeries.LowestFba or HistorySeries.Amazon;

    public static HistorySeries? Parse(string text) =>
        All.Cast<HistorySeries?>().FirstOrDefault(s => string.Equals(s!.Value.ApiName(), text.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.Value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>One change-point: the value holds from <see cref="Utc"/> until the next point. Null is a gap, never zero.</summary>
public readonly record struct HistoryPoint(DateTime Utc, long? Value);
