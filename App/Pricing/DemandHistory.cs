using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Shared;

namespace SellerConsole.Pricing;

/// <summary>
/// Our own daily history for the profit-optimal strategy over the last 90 days: our landed price
/// (price history, else what buyers paid), the lowest competitor's landed price, our buy-box share of
/// the day and units sold. Days with no price known are left out rather than guessed.
/// </summary>
public static class DemandHistory
{
    public const int Days = 90;
    private static readonly HistorySeries[] Series = [HistorySeries.OurPrice, HistorySeries.BuyBoxOurs, HistorySeries.LowestFbm, HistorySeries.LowestFba];

    public static async Task<IReadOnlyList<DemandObservation>> ReadAsync(SellerDb db, HistoryStore history, Listing listing, DateTime now, int days, CancellationToken ct)
    {
        var sold = await SkuSales.ReadAsync(db, listing.Sku, FirstDayUtc(now, days), ct);
        return From(sold, await history.ReadAsync(listing.Asin, Series, ct), now, days);
    }

    /// <summary><see cref="ReadAsync"/> for many listings at once (a repricing pass): two bulk reads, grouped in memory; by SKU.</summary>
    public static async Task<Dictionary<string, IReadOnlyList<DemandObservation>>> ReadManyAsync(SellerDb db, HistoryStore history,
        IReadOnlyCollection<(string Sku, string Asin)> listings, DateTime now, int days, CancellationToken ct)
    {
        var result = new Dictionary<string, IReadOnlyList<DemandObservation>>();
        if (listings.Count == 0) return result;
        var sold = await SkuSales.ReadManyAsync(db, [.. listings.Select(l => l.Sku)], FirstDayUtc(now, days), ct);
        var series = await history.ReadManyAsync([.. listings.Select(l => l.Asin)], Series, ct);
        var none = Series.ToDictionary(s => s, _ => new List<HistoryPoint>());
        foreach (var (sku, asin) in listings)
        {
            result[sku] = From(sold.GetValueOrDefault(sku) ?? [], series.GetValueOrDefault(asin) ?? none, now, days);
        }
        return result;
    }

    /// <summary>Where the window of <paramref name="days"/> whole UK days before <paramref name="now"/> starts.</summary>
    public static DateTime FirstDayUtc(DateTime now, int days) => UkTime.StartOfDayUtc(DateOnly.FromDateTime(UkTime.FromUtc(now)).AddDays(-days));

    /// <summary>The observations from order lines and history series already read (they may cover more than the window).</summary>
    public static IReadOnlyList<DemandObservation> From(IEnumerable<SoldLine> sold, IReadOnlyDictionary<HistorySeries, List<HistoryPoint>> series, DateTime now, int days)
    {
        var today = DateOnly.FromDateTime(UkTime.FromUtc(now));
        var first = today.AddDays(-days);
        var byDay = SkuSales.ByUkDay(sold, UkTime.StartOfDayUtc(first), UkTime.StartOfDayUtc(today));
        var observations = new List<DemandObservation>();
        for (var day = first; day < today; day = day.AddDays(1))
        {
            var from = UkTime.StartOfDayUtc(day);
            var to = UkTime.StartOfDayUtc(day.AddDays(1));
            var midday = from + (to - from) / 2;
            var sales = byDay.GetValueOrDefault(day);
            long? price = series.TryGetValue(HistorySeries.OurPrice, out var ours) ? HistoryMerge.ValueAt(ours, midday) : null;
            if (price is null && sales.Units > 0)
            {
                price = (sales.PaidPence + sales.Units / 2) / sales.Units;
            }
            if (price is not { } landed || landed <= 0) continue;
            var share = series.TryGetValue(HistorySeries.BuyBoxOurs, out var box) ? HistoryMerge.Shares(box, from, to).Ones : (sales.Units > 0 ? 1.0 : 0.0);
            long? lowest = Min(series, HistorySeries.LowestFbm, midday, Min(series, HistorySeries.LowestFba, midday, null));
            observations.Add(new DemandObservation(day, landed, lowest, share, sales.Units));
        }
        return observations;
    }

    private static long? Min(IReadOnlyDictionary<HistorySeries, List<HistoryPoint>> series, HistorySeries which, DateTime at, long? other)
    {
        var value = series.TryGetValue(which, out var points) ? HistoryMerge.ValueAt(points, at) : null;
        return value is null ? other : other is null ? value : Math.Min(value.Value, other.Value);
    }
}
