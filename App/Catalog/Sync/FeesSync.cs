using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Marketplace;
using SellerConsole.Shared;

namespace SellerConsole.Catalog.Sync;

/// <summary>
/// Amazon's own fee estimate for each listing at its current price (getMyFeesEstimateForSKU). The
/// costing module computes fees locally from dated schedules; this is the cross-check.
/// </summary>
public sealed class FeesSync(MarketplaceConnection market, IDbContextFactory<SellerDb> dbs, SyncTracker tracker, TimeProvider clock, ILogger<FeesSync> log)
{
    public const string Name = "fees";

    public Task<JobResult> RunAsync(JobContext? context, CancellationToken cancellationToken) =>
        tracker.RunAsync(Name, async (_, ct) =>
        {
            List<(string Sku, long Price)> priced;
            await using (var db = await dbs.CreateDbContextAsync(ct))
            {
                priced = (await db.Listings.Where(l => l.Status != "Deleted" && l.PricePence != null)
                    .OrderBy(l => l.Sku).Select(l => new { l.Sku, l.PricePence }).ToListAsync(ct))
                    .Select(l => (l.Sku, l.PricePence!.Value)).ToList();
            }
            var changed = 0;
            for (var i = 0; i < priced.Count; i++)
            {
                var (sku, price) = priced[i];
                var estimate = await market.SpApi.GetFeesEstimateAsync(sku, Money.FromPence(price), 0m, ct);
                await using var db = await dbs.CreateDbContextAsync(ct);
                var listing = await db.Listings.FirstAsync(l => l.Sku == sku, ct);
                var fees = Money.ToPence(estimate.TotalFees);
                if (listing.EstimatedFeesPence != fees)
                {
                    listing.EstimatedFeesPence = fees;
                    changed++;
                }
                listing.FeesEstimatedUtc = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(ct);
                context?.ReportProgress(i + 1, priced.Count, $"Fees for {i + 1:N0} of {priced.Count:N0} listings");
            }
            log.LogInformation("Fees sync: {Count} estimates, {Changed} changed", priced.Count, changed);
            return (new JobResult(priced.Count, $"{priced.Count} fee estimates, {changed} changed"), (string?)null);
        }, cancellationToken);
}
