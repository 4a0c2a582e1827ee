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
    /// and nobody did or nothing was known. Null when the history knows nothing of the window.
    /// </summary>
    public static BuyBoxSplit? Split(IReadOnlyList<HistoryPoint>? points, DateTime from, DateTime to)
    {
        if (points is null || to <= from)
        {
            return null;
        }
        var (ours, others) = HistoryMerge.Shares(points, from, to);
        return ours + others <= 0 ? null : new BuyBoxSplit(ours, others);
    }
}

/// <summary>Fractions of a window: we held the buy box, another seller did; the rest nobody did or it is not known.</summary>
public sealed record BuyBoxSplit(double Ours, double Others)
{
    public double Nobody => Math.Max(0, 1 - Ours - Others);
}
