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

    /// <summary><see cref="ReadAsync"/> for many SKUs in a few queries (chunks of 500 SKUs), by SKU; SKUs with no lines are left out.</summary>
    public static async Task<Dictionary<string, List<SoldLine>>> ReadManyAsync(SellerDb db, IReadOnlyCollection<string> skus, DateTime sinceUtc, CancellationToken ct)
    {
        var result = new Dictionary<string, List<SoldLine>>();
        foreach (var chunk in skus.Distinct().Chunk(500))
        {
            var lines = await db.OrderLines.AsNoTracking().Where(l => chunk.Contains(l.Sku))
                .Join(db.Orders.Where(o => o.PurchasedUtc >= sinceUtc && o.Status != "Canceled"), l => l.OrderId, o => o.Id,
                    (l, o) => new { l.Sku, Line = new SoldLine(o.PurchasedUtc, l.Quantity, l.ItemPricePence + l.ShippingPricePence) })
                .ToListAsync(ct);
            foreach (var line in lines)
            {
                (result.TryGetValue(line.Sku, out var list) ? list : result[line.Sku] = []).Add(line.Line);
            }
        }
        return result;
    }

    /// <summary>The lines bought in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) by UK day.</summary>
    public static Dictionary<DateOnly, DaySales> ByUkDay(IEnumerable<SoldLine> lines, DateTime fromUtc, DateTime toUtc) =>
        lines.Where(l => l.PurchasedUtc >= fromUtc && l.PurchasedUtc < toUtc)
            .GroupBy(l => DateOnly.FromDateTime(UkTime.FromUtc(l.PurchasedUtc)))
            .ToDictionary(g => g.Key, g => new DaySales(g.Sum(l => l.Quantity), g.Sum(l => l.PaidPence)));
}
