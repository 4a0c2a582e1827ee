using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Catalog.Sync;

/// <summary>
/// The full catalogue sync: Amazon's All Listings report (what we sell, price, stock, status), then
/// each listing's details (content, images, Amazon's issues). The report is applied in one transaction
/// and each batch of details in its own. A listing whose details Amazon failed to give keeps its last good
/// data and is left for the next run (<see cref="CatalogueCheckpoint"/>), which reads only those.
/// </summary>
public sealed partial class CatalogueSync(MarketplaceConnection market, IDbContextFactory<SellerDb> dbs, SyncTracker tracker, LiveFeed live, TimeProvider clock, ILogger<CatalogueSync> log)
{
    public const string Name = "catalogue";
    private const int DetailBatch = 50;
    private const int Parallelism = 8;

    public Task<JobResult> RunAsync(JobContext? context, CancellationToken cancellationToken) =>
        tracker.RunAsync(Name, async (state, ct) =>
        {
            var started = clock.GetTimestamp();
            var now = clock.GetUtcNow().UtcDateTime;
            var resume = CatalogueCheckpoint.Parse(state.Cursor) is { } checkpoint && checkpoint.CanResume(now) ? checkpoint : null;
            int added = 0, rows = 0;
            HashSet<string> changedByReport = [];
            IReadOnlyList<string> skus;
            if (resume is null)
            {
                context?.ReportProgress(0, 100, "Requesting the All Listings report");
                var report = await market.SpApi.DownloadAllListingsReportAsync(
                    new Progress<ReportProgress>(p => context?.ReportProgress(Math.Min(9, (int)p.Stage * 2), 100, $"Report: {p.Stage} {p.ProcessingStatus}")), ct);
                rows = report.Count;
                (added, changedByReport, skus) = await ApplyReportAsync(report, ct);
            }
            else
            {
                skus = await LeftAsync(resume.ReportUtc, ct);
                context?.ReportProgress(10, 100, $"Finishing the {skus.Count:N0} listings the last run left");
            }
            var reportTime = clock.GetElapsedTime(started);

            var details = await SyncDetailsAsync(skus, context, ct);
            var detailsTime = clock.GetElapsedTime(started) - reportTime;
            if (skus.Count > 0 && details.Read == 0)
            {
                throw new InvalidOperationException($"No listing details could be read: {string.Join("; ", details.Failures.Take(3))}");
            }
            var changed = changedByReport.Union(details.Changed).ToList();
            if (changed.Count > 0)
            {
                live.Publish(new ListingsUpdated(Name, changed.Count, changed.Count > 200 ? [] : changed));
            }
            log.LogInformation("Catalogue sync{Resumed}: {Rows} report rows, {Added} new, {Changed} changed, {Read} of {Listings} listings' details read, {Left} left; report {ReportSeconds:0.0} s, details {DetailsSeconds:0.0} s",
                resume is null ? "" : " (finishing the last run)", rows, added, changed.Count, details.Read, skus.Count, details.Left, reportTime.TotalSeconds, detailsTime.TotalSeconds);
            foreach (var failure in details.Failures.Take(5))
            {
                log.LogWarning("Catalogue sync left a listing for the next run: {Failure}", failure);
            }
            SellerConsole.Operations.SellerMetrics.Synced(Name, details.Read);
            var left = details.Left == 0 ? "" : $"; {details.Left:N0} left for the next run (Amazon errors)";
            var timing = $"(report {reportTime.TotalSeconds:0.0} s, details {detailsTime.TotalSeconds:0.0} s)";
            var summary = resume is not null
                ? $"Finished the last run: {details.Read:N0} of the {skus.Count:N0} listings it left updated{left}; {changed.Count} changed {timing}"
                : details.Left == 0
                    ? $"{skus.Count} listings: {added} new, {changed.Count} changed {timing}"
                    : $"{details.Read:N0} of {skus.Count:N0} listings updated{left}; {added} new, {changed.Count} changed {timing}";
            // An empty cursor clears the checkpoint: nothing is left.
            var cursor = details.Left == 0 ? "" : new CatalogueCheckpoint(resume?.ReportUtc ?? now, details.Left).Format();
            return (new JobResult(details.Read, summary), (string?)cursor);
        }, cancellationToken);

    /// <summary>Live listings whose details were last read before the report at <paramref name="reportUtc"/> (or never).</summary>
    private async Task<IReadOnlyList<string>> LeftAsync(DateTime reportUtc, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Listings.Where(l => l.Status != "Deleted" && (l.DetailsSyncedUtc == null || l.DetailsSyncedUtc < reportUtc))
            .Select(l => l.Sku).OrderBy(s => s).ToListAsync(ct);
    }

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

    private sealed record DetailsOutcome(int Read, int Left, HashSet<string> Changed, IReadOnlyList<string> Failures);
}
