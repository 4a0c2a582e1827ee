using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Catalog.Sync;

/// <summary>
/// The full catalogue sync: Amazon's All Listings report (what we sell, price, stock, status), then
/// each listing's details (content, images, Amazon's issues). The report is applied in one
/// transaction and each batch of details in its own, so a failure keeps every complete step and
/// never leaves half of one.
/// </summary>
public sealed class CatalogueSync(MarketplaceConnection market, IDbContextFactory<SellerDb> dbs, SyncTracker tracker, LiveFeed live, TimeProvider clock, ILogger<CatalogueSync> log)
{
    public const string Name = "catalogue";
    private const int DetailBatch = 50;
    private const int Parallelism = 8;

    public Task<JobResult> RunAsync(JobContext? context, CancellationToken cancellationToken) =>
        tracker.RunAsync(Name, async (_, ct) =>
        {
            context?.ReportProgress(0, 100, "Requesting the All Listings report");
            var started = clock.GetTimestamp();
            var rows = await market.SpApi.DownloadAllListingsReportAsync(
                new Progress<ReportProgress>(p => context?.ReportProgress(Math.Min(9, (int)p.Stage * 2), 100, $"Report: {p.Stage} {p.ProcessingStatus}")), ct);
            var (added, changedByReport, skus) = await ApplyReportAsync(rows, ct);
            var reportTime = clock.GetElapsedTime(started);

            var changedByDetails = await SyncDetailsAsync(skus, context, ct);
            var detailsTime = clock.GetElapsedTime(started) - reportTime;
            var changed = changedByReport.Union(changedByDetails).ToList();
            if (changed.Count > 0)
            {
                live.Publish(new ListingsUpdated(Name, changed.Count, changed.Count > 200 ? [] : changed));
            }
            log.LogInformation("Catalogue sync: {Rows} report rows, {Added} new, {Changed} changed; report {ReportSeconds:0.0} s, details {DetailsSeconds:0.0} s",
                rows.Count, added, changed.Count, reportTime.TotalSeconds, detailsTime.TotalSeconds);
            SellerConsole.Operations.SellerMetrics.Synced(Name, skus.Count);
            return (new JobResult(skus.Count, $"{skus.Count} listings: {added} new, {changed.Count} changed (report {reportTime.TotalSeconds:0.0} s, details {detailsTime.TotalSeconds:0.0} s)"), (string?)null);
        }, cancellationToken);

    private async Task<(int Added, HashSet<string> Changed, IReadOnlyList<string> Skus)> ApplyReportAsync(IReadOnlyList<MerchantListingRow> rows, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Listings.ToDictionaryAsync(l => l.Sku, StringComparer.Ordinal, ct);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var added = 0;
        foreach (var row in rows.GroupBy(r => r.SellerSku).Select(g => g.Last()))
        {
            if (!existing.TryGetValue(row.SellerSku, out var listing))
            {
                listing = new Listing { Sku = row.SellerSku, Asin = row.Asin ?? "", Title = row.ItemName ?? row.SellerSku };
                db.Listings.Add(listing);
                existing[row.SellerSku] = listing;
                added++;
            }
            if (ListingUpdates.ApplyReportRow(listing, row))
            {
                changed.Add(row.SellerSku);
            }
        }
        // A SKU missing from the report is no longer on Amazon; keep its history, mark it.
        var reported = rows.Select(r => r.SellerSku).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in existing.Values.Where(l => !reported.Contains(l.Sku) && l.Status != "Deleted"))
        {
            gone.Status = "Deleted";
            gone.IsBuyable = false;
            changed.Add(gone.Sku);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (added, changed, reported.Order(StringComparer.Ordinal).ToList());
    }

    private async Task<HashSet<string>> SyncDetailsAsync(IReadOnlyList<string> skus, JobContext? context, CancellationToken ct)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var batches = skus.Chunk(DetailBatch).ToList();
        // The next batch is fetched while this one is saved, so the usage plan is never left idle.
        var fetching = batches.Count > 0 ? FetchAsync(batches[0], ct) : null;
        var done = 0;
        for (var i = 0; i < batches.Count; i++)
        {
            var fetched = await fetching!;
            fetching = i + 1 < batches.Count ? FetchAsync(batches[i + 1], ct) : null;
            await SaveDetailsAsync(batches[i], fetched, changed, ct);
            done += batches[i].Length;
            context?.ReportProgress(10 + (int)(90L * done / Math.Max(1, skus.Count)), 100, $"Listing details {done:N0} of {skus.Count:N0}");
        }
        return changed;
    }

    private async Task<ConcurrentDictionary<string, ListingItem?>> FetchAsync(string[] batch, CancellationToken ct)
    {
        var fetched = new ConcurrentDictionary<string, ListingItem?>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (sku, token) => fetched[sku] = await market.SpApi.GetListingAsync(sku, token));
        return fetched;
    }

    private async Task SaveDetailsAsync(string[] batch, ConcurrentDictionary<string, ListingItem?> fetched, HashSet<string> changed, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var listings = await db.Listings.Include(l => l.Issues).Where(l => batch.Contains(l.Sku)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var listing in listings)
        {
            if (fetched.GetValueOrDefault(listing.Sku) is { } item && ListingUpdates.ApplyDetails(listing, item))
            {
                changed.Add(listing.Sku);
            }
            listing.DetailsSyncedUtc = now;
        }
        await db.SaveChangesAsync(ct);
    }
}
