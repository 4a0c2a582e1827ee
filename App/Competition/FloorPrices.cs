using SellerConsole.Costing.Margins;
using SellerConsole.Shared;

namespace SellerConsole.Competition;

/// <summary>Our floor per SKU: the costing break-even price, for SKUs whose costs are known.</summary>
public sealed class FloorPrices(MarginsQuery margins)
{
    public async Task<Dictionary<string, long>> BreakEvensAsync(CancellationToken ct)
    {
        var floors = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var skip = 0; ; skip += MarginsQuery.MaxPageSize)
        {
            var page = await margins.PageAsync(new MarginFilter(), null, false, skip, MarginsQuery.MaxPageSize, ct);
            foreach (var row in page.Rows.Where(r => r.HasCosts && r.BreakEven is not null))
            {
                floors[row.Sku] = Money.ToPence(row.BreakEven!.Value);
            }
            if (skip + MarginsQuery.MaxPageSize >= page.Total)
            {
                return floors;
            }
        }
    }
}
