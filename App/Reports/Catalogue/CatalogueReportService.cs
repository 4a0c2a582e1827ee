using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing.Margins;
using SellerConsole.Data;
using SellerConsole.Orders;
using SellerConsole.Reports.Profit;

namespace SellerConsole.Reports.Catalogue;

/// <summary>
/// Loads the listings, their margins at today's price and costs (the Margins page's own query, so the
/// figures agree) and the units sold in the period, and builds the snapshot. Stock is the quantity
/// Amazon holds for the FBM offer (the listings sync), the only inventory figure the console has yet.
/// </summary>
public sealed class CatalogueReportService(IDbContextFactory<SellerDb> dbs, MarginsQuery margins, TimeProvider clock) : IReportKind
{
    public string Kind => "catalogue";

    public string Title => CatalogueReport.Title;

    public string Description => "Every listing now: status, stock and its value at landed cost, price, margin, buy box, units sold in the period; totals by category.";

    public async Task<CatalogueReport> ReportAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var costed = new Dictionary<string, MarginRow>(StringComparer.Ordinal);
        for (var skip = 0; ; skip += MarginsQuery.MaxPageSize)
        {
            var page = await margins.PageAsync(new MarginFilter(), "sku", false, skip, MarginsQuery.MaxPageSize, cancellationToken);
            foreach (var row in page.Rows) costed[row.Sku] = row;
            if (skip + MarginsQuery.MaxPageSize >= page.Total) break;
        }
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var (fromUtc, toUtc) = (period.FromUtc, period.ToUtcExclusive);
        var sold = await (
            from o in db.Orders.AsNoTracking()
            where o.PurchasedUtc >= fromUtc && o.PurchasedUtc < toUtc && o.Status != "Canceled"
            join l in db.Set<OrderLine>().AsNoTracking() on o.Id equals l.OrderId
            group l by l.Sku into g
            select new { Sku = g.Key, Units = g.Sum(x => x.Quantity) }).ToDictionaryAsync(x => x.Sku, x => x.Units, StringComparer.Ordinal, cancellationToken);
        var listings = await db.Listings.AsNoTracking()
            .Select(l => new { l.Sku, l.Asin, l.Title, l.Category, l.Status, l.IsBuyable, l.Quantity, l.PricePence, l.BuyBoxIsOurs, l.OfferCount })
            .ToListAsync(cancellationToken);
        var rows = listings.Select(l =>
        {
            var m = costed.GetValueOrDefault(l.Sku);
            return new CatalogueRow(l.Sku, l.Asin, l.Title, string.IsNullOrWhiteSpace(l.Category) ? "Uncategorised" : l.Category, l.Status ?? "Unknown", l.IsBuyable,
                l.Quantity, l.PricePence is { } p ? p / 100m : null, m?.LandedCost, m?.Profit, m?.Margin, l.BuyBoxIsOurs, l.OfferCount,
                sold.GetValueOrDefault(l.Sku), m is null ? null : m.Problem ?? (m.HasCosts ? null : "Not costed yet"));
        });
        return CatalogueReport.Build(period, clock.GetUtcNow().UtcDateTime, rows);
    }

    public async Task<BuiltReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(request.Period, cancellationToken);
        return new BuiltReport(CatalogueReportDefinition.Document(report), CatalogueReportDefinition.View(report), report);
    }
}
