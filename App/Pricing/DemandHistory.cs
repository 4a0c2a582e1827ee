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
        var today = DateOnly.FromDateTime(UkTime.FromUtc(now));
        var first = today.AddDays(-days);
        var since = UkTime.StartOfDayUtc(first);
        var sold = await db.OrderLines.AsNoTracking().Where(l => l.Sku == listing.Sku)
            .Join(db.Orders.Where(o => o.PurchasedUtc >= since && o.Status != "Canceled"), l => l.OrderId, o => o.Id,
                (l, o) => new { o.PurchasedUtc, l.Quantity, l.ItemPricePence, l.ShippingPricePence })
            .ToListAsync(ct);
        var byDay = sold.GroupBy(s => DateOnly.FromDateTime(UkTime.FromUtc(s.PurchasedUtc))).ToDictionary(g => g.Key, g => g.ToList());
        var series = await history.ReadAsync(listing.Asin, Series, ct);
        var observations = new List<DemandObservation>();
        for (var day = first; day < today; day = day.AddDays(1))
        {
            var from = UkTime.StartOfDayUtc(day);
            var to = UkTime.StartOfDayUtc(day.AddDays(1));
            var midday = from + (to - from) / 2;
            var units = byDay.GetValueOrDefault(day)?.Sum(s => s.Quantity) ?? 0;
            long? price = series.TryGetValue(HistorySeries.OurPrice, out var ours) ? HistoryMerge.ValueAt(ours, midday) : null;
            if (price is null && byDay.TryGetValue(day, out var paid) && units > 0)
            {
                price = (paid.Sum(s => s.ItemPricePence + s.ShippingPricePence) + units / 2) / units;
            }
            if (price is not { } landed || landed <= 0) continue;
            var share = series.TryGetValue(HistorySeries.BuyBoxOurs, out var box) ? HistoryMerge.Shares(box, from, to).Ones : (units > 0 ? 1.0 : 0.0);
            long? lowest = Min(series, HistorySeries.LowestFbm, midday, Min(series, HistorySeries.LowestFba, midday, null));
            observations.Add(new DemandObservation(day, landed, lowest, share, units));
        }
        return observations;
    }

    private static long? Min(Dictionary<HistorySeries, List<HistoryPoint>> series, HistorySeries which, DateTime at, long? other)
    {
        var value = series.TryGetValue(which, out var points) ? HistoryMerge.ValueAt(points, at) : null;
        return value is null ? other : other is null ? value : Math.Min(value.Value, other.Value);
    }
}
