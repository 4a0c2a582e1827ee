using SellerConsole.Competition;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Engine.Backtest;

namespace SellerConsole.Pricing.Backtests;

/// <summary>
/// The market a backtest replays, rebuilt from stored history (Keepa plus our offers syncs): at every change of the
/// lowest FBM, lowest FBA, Amazon or buy-box series inside the window, the lowest FBM and FBA offers and Amazon's
/// as competitors, with the buy box on the one at the buy-box price (or on us when the series says it was ours).
/// Keepa's series keep only the lowest offer of each kind, so a rival priced between them is not seen, and the lowest
/// may be our own offer: the replay is a model of the market, not a copy of it.
/// </summary>
public static class MarketHistory
{
    public static readonly HistorySeries[] Needed = [HistorySeries.OurPrice, HistorySeries.BuyBox, HistorySeries.BuyBoxOurs, HistorySeries.LowestFbm, HistorySeries.LowestFba, HistorySeries.Amazon];
    private static readonly HistorySeries[] Moves = [HistorySeries.LowestFbm, HistorySeries.LowestFba, HistorySeries.Amazon, HistorySeries.BuyBox];

    /// <summary>Market points from <paramref name="fromUtc"/> to <paramref name="toUtc"/>, at most one per <paramref name="step"/>.</summary>
    public static List<MarketPoint> Points(IReadOnlyDictionary<HistorySeries, List<HistoryPoint>> series, DateTime fromUtc, DateTime toUtc, TimeSpan step)
    {
        var times = new SortedSet<DateTime> { fromUtc };
        foreach (var which in Moves)
        {
            if (!series.TryGetValue(which, out var points)) continue;
            foreach (var p in points)
            {
                if (p.Utc > fromUtc && p.Utc < toUtc) times.Add(p.Utc);
            }
        }
        var result = new List<MarketPoint>();
        var last = DateTime.MinValue;
        foreach (var t in times)
        {
            if (t - last < step) continue;
            var offers = Offers(series, t);
            if (offers is null) continue;
            result.Add(offers);
            last = t;
        }
        return result;
    }

    private static MarketPoint? Offers(IReadOnlyDictionary<HistorySeries, List<HistoryPoint>> series, DateTime at)
    {
        long? Value(HistorySeries which) => series.TryGetValue(which, out var points) ? HistoryMerge.ValueAt(points, at) : null;
        var candidates = new List<(string Id, string Name, bool Fba, long Landed)>();
        if (Value(HistorySeries.LowestFbm) is > 0 and var fbm) candidates.Add(("lowest-fbm", "Lowest FBM offer", false, fbm));
        if (Value(HistorySeries.LowestFba) is > 0 and var fba) candidates.Add(("lowest-fba", "Lowest FBA offer", true, fba));
        if (Value(HistorySeries.Amazon) is > 0 and var amazon) candidates.Add((PricingOffer.AmazonUkSellerId, "Amazon", true, amazon));
        if (candidates.Count == 0) return null;
        var buyBox = Value(HistorySeries.BuyBox);
        var ours = Value(HistorySeries.BuyBoxOurs) == 1;
        var winner = buyBox is > 0 && !ours ? candidates.MinBy(c => Math.Abs(c.Landed - buyBox.Value)).Id : null;
        var offers = candidates.Select(c => new PricingOffer(c.Id, c.Name, false, c.Id == winner, c.Fba, null, null, null, null, c.Landed, 0)).ToList();
        var condition = buyBox is > 0 || ours ? BuyBoxCondition.Held : BuyBoxCondition.None;
        return new MarketPoint(at, offers, condition);
    }
}
