using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Jobs;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Catalog.Sync;

public sealed partial class CatalogueSync
{
    /// <summary>
    /// Reads each listing's details, saving every batch as it comes. A listing Amazon fails on is left (its
    /// last good data stays, its DetailsSyncedUtc too); once a section circuit stays open past the client's
    /// wait, the rest are left without asking.
    /// </summary>
    private async Task<DetailsOutcome> SyncDetailsAsync(IReadOnlyList<string> skus, JobContext? context, CancellationToken ct)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        using var giveUp = new CancellationTokenSource();
        using var fetches = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var batches = skus.Chunk(DetailBatch).ToList();
        // The next batch is fetched while this one is saved, so the usage plan is never left idle.
        var fetching = batches.Count > 0 ? FetchAsync(batches[0], failures, giveUp, fetches.Token) : null;
        int done = 0, read = 0;
        try
        {
            for (var i = 0; i < batches.Count; i++)
            {
                var fetched = await fetching!;
                fetching = i + 1 < batches.Count ? FetchAsync(batches[i + 1], failures, giveUp, fetches.Token) : null;
                await SaveDetailsAsync(batches[i], fetched, changed, ct);
                done += batches[i].Length;
                read += fetched.Count;
                var left = done == read ? "" : $"; {done - read:N0} left for the next run (Amazon errors)";
                context?.ReportProgress(10 + (int)(90L * done / Math.Max(1, skus.Count)), 100, $"Listing details {done:N0} of {skus.Count:N0}{left}");
            }
        }
        catch
        {
            // Never leave a batch fetching on its own after the run has ended: it would keep calling Amazon.
            await fetches.CancelAsync();
            if (fetching is not null)
            {
                await fetching.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            throw;
        }
        return new DetailsOutcome(read, skus.Count - read, changed, [.. failures]);
    }

    private async Task<ConcurrentDictionary<string, ListingItem?>> FetchAsync(
        string[] batch, ConcurrentQueue<string> failures, CancellationTokenSource giveUp, CancellationToken ct)
    {
        var fetched = new ConcurrentDictionary<string, ListingItem?>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (sku, token) =>
            {
                if (giveUp.IsCancellationRequested)
                {
                    return;
                }
                try
                {
                    fetched[sku] = await market.SpApi.GetListingAsync(sku, token);
                }
                catch (SpApiException ex)
                {
                    failures.Enqueue($"{sku}: {ex.Message}");
                    if (ex.IsCircuitOpen)
                    {
                        await giveUp.CancelAsync();
                    }
                }
            });
        return fetched;
    }

    private async Task SaveDetailsAsync(string[] batch, ConcurrentDictionary<string, ListingItem?> fetched, HashSet<string> changed, CancellationToken ct)
    {
        if (fetched.IsEmpty)
        {
            return;
        }
        var read = fetched.Keys.ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var listings = await db.Listings.Include(l => l.Issues).Where(l => read.Contains(l.Sku)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var listing in listings)
        {
            if (fetched[listing.Sku] is { } item && ListingUpdates.ApplyDetails(listing, item))
            {
                changed.Add(listing.Sku);
            }
            listing.DetailsSyncedUtc = now;
        }
        await db.SaveChangesAsync(ct);
    }
}
