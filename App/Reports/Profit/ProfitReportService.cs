using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing.Data;
using SellerConsole.Data;
using SellerConsole.Orders;

namespace SellerConsole.Reports.Profit;

/// <summary>
/// Loads the orders of a period (cancelled ones excluded), Amazon's fee estimates and the costing
/// snapshot, and hands them to the pure <see cref="ProfitReportBuilder"/>. The page, the API and every
/// export call this one method, so they cannot disagree.
/// </summary>
public sealed class ProfitReportService(IDbContextFactory<SellerDb> dbs, CostingStore costing, ILogger<ProfitReportService> log)
{
    public async Task<ProfitReport> BuildAsync(ReportPeriod period, ProfitGrouping by, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var snapshot = await costing.SnapshotAsync(cancellationToken);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var fromUtc = period.FromUtc;
        var toUtc = period.ToUtcExclusive;
        // A join, not SelectMany over the navigation: SQLite cannot run the APPLY that would need.
        var lines = await (
            from o in db.Orders.AsNoTracking()
            where o.PurchasedUtc >= fromUtc && o.PurchasedUtc < toUtc && o.Status != "Canceled"
            join l in db.Set<OrderLine>().AsNoTracking() on o.Id equals l.OrderId
            select new { o.Id, o.PurchasedUtc, l.Sku, l.Title, l.Quantity, l.ItemPricePence, l.ShippingPricePence })
            .ToListAsync(cancellationToken);
        var estimates = await db.Listings.AsNoTracking()
            .Where(l => l.EstimatedFeesPence != null)
            .Select(l => new { l.Sku, Pence = l.EstimatedFeesPence!.Value })
            .ToListAsync(cancellationToken);
        var feeEstimates = estimates.GroupBy(e => e.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Pence, StringComparer.Ordinal);

        var sales = lines.Select(l => new SaleLine(DateTime.SpecifyKind(l.PurchasedUtc, DateTimeKind.Utc), l.Sku, l.Title, l.Quantity, l.ItemPricePence, l.ShippingPricePence));
        var orders = lines.Select(l => l.Id).Distinct().Count();
        var report = await Task.Run(() => new ProfitReportBuilder(ProfitCosting.From(snapshot), feeEstimates).Build(period, by, sales, orders), cancellationToken);
        log.LogInformation("Profit report {From:yyyy-MM-dd}..{To:yyyy-MM-dd} by {By}: {Lines} order lines, {Rows} rows in {Ms} ms",
            period.From, period.To, by, lines.Count, report.Rows.Count, watch.ElapsedMilliseconds);
        return report;
    }
}
