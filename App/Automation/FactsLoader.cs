using Microsoft.EntityFrameworkCore;
using SellerConsole.Automation.Engine;
using SellerConsole.Costing.Margins;
using SellerConsole.Data;
using SellerConsole.Scoring.Data;

namespace SellerConsole.Automation;

/// <summary>Today's facts for every listing rules can act on: catalogue fields, margin at the current price, score.</summary>
public sealed class FactsLoader(IDbContextFactory<SellerDb> dbs, MarginsQuery margins)
{
    public async Task<IReadOnlyList<SkuFacts>> LoadAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var listings = await db.Listings.AsNoTracking().Where(l => l.Status != "Deleted")
            .Select(l => new { l.Sku, l.Title, l.Category, l.Brand, l.FulfillmentChannel, l.Status, l.PricePence, l.BuyBoxIsOurs, l.Quantity })
            .ToListAsync(ct);
        var scores = await db.Set<StoredListingScore>().AsNoTracking().ToDictionaryAsync(s => s.Sku, s => s.ScoreTenths / 10m, ct);
        var marginBySku = new Dictionary<string, decimal?>(StringComparer.OrdinalIgnoreCase);
        for (var skip = 0; ; skip += MarginsQuery.MaxPageSize)
        {
            var page = await margins.PageAsync(new MarginFilter(), null, false, skip, MarginsQuery.MaxPageSize, ct);
            foreach (var row in page.Rows) marginBySku[row.Sku] = row.Margin;
            if (page.Rows.Count < MarginsQuery.MaxPageSize) break;
        }
        return listings.Select(l => new SkuFacts(l.Sku, l.Title, l.Category, l.Brand, Fulfilment(l.FulfillmentChannel), l.Status,
                l.PricePence is { } p ? Shared.Money.FromPence(p) : null, marginBySku.GetValueOrDefault(l.Sku), scores.TryGetValue(l.Sku, out var s) ? s : null,
                l.BuyBoxIsOurs, l.Quantity))
            .OrderBy(f => f.Sku, StringComparer.Ordinal)
            .ToList();
    }

    // The owner thinks FBM/FBA; the listings report says DEFAULT (merchant) or AMAZON_EU.
    private static string? Fulfilment(string? channel) => channel switch
    {
        null or "" => null,
        "DEFAULT" or "MFN" => "FBM",
        _ when channel.StartsWith("AMAZON", StringComparison.OrdinalIgnoreCase) => "FBA",
        _ => channel,
    };
}
