using Microsoft.EntityFrameworkCore;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Orders;

namespace SellerConsole.Reports;

/// <summary>Reads two or more reports share: units sold per SKU in a window, and buy-box share from the history.</summary>
public static class ReportReads
{
    /// <summary>Units ordered per SKU in [fromUtc, toUtc), cancelled orders excluded (as the profit report counts them).</summary>
    public static Task<Dictionary<string, int>> UnitsBySkuAsync(SellerDb db, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) => (
        from o in db.Orders.AsNoTracking()
        where o.PurchasedUtc >= fromUtc && o.PurchasedUtc < toUtc && o.Status != "Canceled"
        join l in db.Set<OrderLine>().AsNoTracking() on o.Id equals l.OrderId
        group l by l.Sku into g
        select new { Sku = g.Key, Units = g.Sum(x => x.Quantity) }).ToDictionaryAsync(x => x.Sku, x => x.Units, StringComparer.Ordinal, cancellationToken);

    /// <summary>
    /// The buy-box history split over [from, to): the share of the window we held it, someone else did,
    /// and nobody did. The window starts when the history does if that is later (a listing first seen
    /// yesterday is measured over a day, not counted as "nobody" for the month before). Null when the
    /// history knows nothing of the window.
    /// </summary>
    public static BuyBoxSplit? Split(IReadOnlyList<HistoryPoint>? points, DateTime from, DateTime to)
    {
        var start = points is { Count: > 0 } && points[0].Utc > from ? points[0].Utc : from;
        if (points is null || to <= start)
        {
            return null;
        }
        var (ours, others) = HistoryMerge.Shares(points, start, to);
        return ours + others <= 0 ? null : new BuyBoxSplit(ours, others);
    }
}

/// <summary>Fractions of a window: we held the buy box, another seller did; the rest nobody did or it is not known.</summary>
public sealed record BuyBoxSplit(double Ours, double Others)
{
    public double Nobody => Math.Max(0, 1 - Ours - Others);
}
