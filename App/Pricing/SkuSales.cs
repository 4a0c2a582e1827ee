using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Shared;

namespace SellerConsole.Pricing;

/// <summary>One order line of ours: when it was bought, how many, and what the buyer paid (item plus shipping, pence).</summary>
public readonly record struct SoldLine(DateTime PurchasedUtc, int Quantity, long PaidPence);

/// <summary>Units and what buyers paid on one UK day.</summary>
public readonly record struct DaySales(int Units, long PaidPence);

/// <summary>A SKU's order lines, read once and grouped by UK day for whichever window a caller needs. Cancelled orders are left out.</summary>
public static class SkuSales
{
    public static async Task<IReadOnlyList<SoldLine>> ReadAsync(SellerDb db, string sku, DateTime sinceUtc, CancellationToken ct) =>
        await db.OrderLines.AsNoTracking().Where(l => l.Sku == sku)
            .Join(db.Orders.Where(o => o.PurchasedUtc >= sinceUtc && o.Status != "Canceled"), l => l.OrderId, o => o.Id,
                (l, o) => new SoldLine(o.PurchasedUtc, l.Quantity, l.ItemPricePence + l.ShippingPricePence))
            .ToListAsync(ct);

    /// <summary>The lines bought in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) by UK day.</summary>
    public static Dictionary<DateOnly, DaySales> ByUkDay(IEnumerable<SoldLine> lines, DateTime fromUtc, DateTime toUtc) =>
        lines.Where(l => l.PurchasedUtc >= fromUtc && l.PurchasedUtc < toUtc)
            .GroupBy(l => DateOnly.FromDateTime(UkTime.FromUtc(l.PurchasedUtc)))
            .ToDictionary(g => g.Key, g => new DaySales(g.Sum(l => l.Quantity), g.Sum(l => l.PaidPence)));
}
