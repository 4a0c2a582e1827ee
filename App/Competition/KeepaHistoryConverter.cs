using SellerConsole.Marketplace.Keepa;
using SellerConsole.Shared;

namespace SellerConsole.Competition;

/// <summary>Turns a decoded Keepa product into the console's series (pure).</summary>
public static class KeepaHistoryConverter
{
    public static Dictionary<HistorySeries, List<HistoryPoint>> ToSeries(KeepaProduct product, string ourSellerId)
    {
        var h = product.Histories;
        var result = new Dictionary<HistorySeries, List<HistoryPoint>>();
        void Put(HistorySeries series, IEnumerable<HistoryPoint>? points)
        {
            if (points is not null)
            {
                result[series] = HistoryMerge.Normalize(points);
            }
        }
        Put(HistorySeries.Amazon, h.Prices.GetValueOrDefault(KeepaSeries.Amazon)?.Select(Price));
        Put(HistorySeries.LowestFba, h.Prices.GetValueOrDefault(KeepaSeries.NewFba)?.Select(Price));
        Put(HistorySeries.LowestFbm, h.ShippingPrices.GetValueOrDefault(KeepaSeries.NewFbmShipping)?.Select(Landed));
        Put(HistorySeries.BuyBox, h.BuyBox?.Select(Landed));
        Put(HistorySeries.SalesRank, h.SalesRank?.Select(Integer));
        Put(HistorySeries.OfferCount, h.Integers.GetValueOrDefault(KeepaSeries.CountNew)?.Select(Integer));
        Put(HistorySeries.ReviewCount, h.Integers.GetValueOrDefault(KeepaSeries.CountReviews)?.Select(Integer));
        Put(HistorySeries.Rating, h.Rating?.Select(p => new HistoryPoint(p.Time, p.Value is { } stars ? (long)Math.Round(stars * 10) : null)));
        Put(HistorySeries.BuyBoxOurs, product.BuyBoxSellerHistory?.Select(p =>
            new HistoryPoint(p.Time, p.SellerId is null ? null : p.SellerId == ourSellerId ? 1 : 0)));
        if (product.Offers?.FirstOrDefault(o => o.SellerId == ourSellerId) is { } ours)
        {
            Put(HistorySeries.OurPrice, ours.History.Select(Landed));
        }
        return result;
    }

    /// <summary>The latest rating (x10) and review count Keepa reported, when it sent them.</summary>
    public static (int? RatingTenths, int? Reviews) SocialProof(Dictionary<HistorySeries, List<HistoryPoint>> series) =>
        (Last(series, HistorySeries.Rating), Last(series, HistorySeries.ReviewCount));

    private static int? Last(Dictionary<HistorySeries, List<HistoryPoint>> series, HistorySeries which) =>
        series.TryGetValue(which, out var points) && points.Count > 0 && points[^1].Value is { } v ? (int)v : null;

    private static HistoryPoint Price(KeepaPoint<decimal> p) => new(p.Time, p.Value is { } v ? Money.ToPence(v) : null);

    private static HistoryPoint Integer(KeepaPoint<int> p) => new(p.Time, p.Value);

    private static HistoryPoint Landed(KeepaShippingPoint p) => new(p.Time, p.Price is { } price ? Money.ToPence(price + (p.Shipping ?? 0)) : null);
}
