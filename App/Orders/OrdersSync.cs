using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog.Sync;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Shared;

namespace SellerConsole.Orders;

/// <summary>
/// Orders sync. A first sync, or one after a long gap, backfills the window from Amazon's "All Orders" report
/// (one report per 30 days, whatever the number of orders); then, and on every other run, searchOrders
/// (Orders v2026-01-01, by last update) reads what changed since the cursor, the newest last-updated time
/// seen. searchOrders allows one call of 100 orders per 3 minutes once its burst of 20 is spent, so reading a
/// large shop's month through it takes most of a day. A report that fails falls back to searchOrders for the
/// window. Each run re-reads a short overlap and upserts by order id, so nothing is missed or duplicated.
/// </summary>
public sealed partial class OrdersSync(MarketplaceConnection market, IDbContextFactory<SellerDb> dbs, SyncTracker tracker, LiveFeed live, TimeProvider clock, IConfiguration configuration, ILogger<OrdersSync> log)
{
    public const string Name = "orders";

    /// <summary><c>Orders:FirstSyncDays</c> (default 30): how far back the very first orders sync reads.</summary>
    private TimeSpan FirstWindow => TimeSpan.FromDays(Math.Clamp(configuration.GetValue("Orders:FirstSyncDays", 30), 1, 730));

    /// <summary><c>Orders:BackfillAfterHours</c> (default 24; 0 = never): a gap since the cursor longer than this is read from the orders report.</summary>
    private TimeSpan? BackfillAfter => configuration.GetValue("Orders:BackfillAfterHours", 24.0) is > 0 and var hours ? TimeSpan.FromHours(hours) : null;

    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(10);

    /// <summary>Amazon's order reports can lag up to 30 minutes: searchOrders re-reads the report's last hour.</summary>
    private static readonly TimeSpan ReportLag = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether an orders sync has ever finished. Until then the orders on file are a first import still being
    /// read, so a comparison with an earlier period would show a false drop.
    /// </summary>
    public static Task<bool> CompletedOnceAsync(SellerDb db, CancellationToken cancellationToken) =>
        db.SyncStates.AnyAsync(s => s.Name == Name && s.LastSuccessUtc != null, cancellationToken);

    public Task<JobResult> RunAsync(JobContext? context, CancellationToken cancellationToken) =>
        tracker.RunAsync(Name, async (state, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var cursor = Cursor(state.Cursor);
            var since = cursor is { } c ? c - Overlap : now - FirstWindow;
            // Saved a page at a time, so the seller sees orders arrive; the cursor only moves when the whole run
            // succeeds, so a failed run is simply re-read. Only counts and the newest update time are kept.
            var saver = new PageSaver(this, context, ct);
            string? reportFailure = null;
            var backfilled = 0;
            if (BackfillAfter is { } threshold && (cursor is null || now - cursor > threshold))
            {
                try
                {
                    // Ends where searchOrders' reach ends: Amazon refuses a window that ends in the future, and clocks drift.
                    backfilled = await BackfillAsync(saver, since, now - TimeSpan.FromMinutes(2), context, ct);
                    since = Max(since, now - ReportLag);
                }
                catch (SpApiException ex)
                {
                    reportFailure = ex.ErrorCode is "FATAL" or "CANCELLED" ? $"report {ex.ErrorCode}" : ex.Message;
                    log.LogWarning(ex, "Orders report backfill since {Since:u} failed after {Orders} orders; reading the window with searchOrders", since, backfilled);
                }
            }
            var label = reportFailure is null
                ? $"New orders since {UkTime.Format(since)} (searchOrders)"
                : $"Orders report failed ({reportFailure}); reading since {UkTime.Format(since)} with searchOrders instead";
            saver.Label = label;
            context?.ReportProgress(saver.Seen, saver.Seen + 100, $"{label}: 0 read");
            var searched = saver.Seen;
            await foreach (var order in market.SpApi.SearchOrdersAsync(since, cancellationToken: ct))
            {
                await saver.AddAsync(order);
            }
            await saver.FlushAsync();
            searched = saver.Seen - searched;

            // searchOrders reads up to two minutes ago; the next run starts an overlap before whichever is later.
            var next = Max(saver.Newest ?? DateTime.MinValue, now - TimeSpan.FromMinutes(2));
            log.LogInformation("Orders sync: {Backfilled} from the report, {Searched} from searchOrders since {Since:u}, {Added} new, {Changed} changed",
                backfilled, searched, since, saver.Added, saver.Changed);
            var tail = $"{saver.Added} new, {saver.Changed} changed";
            var summary = reportFailure is not null
                ? $"Orders report failed ({reportFailure}){(backfilled > 0 ? $" after {backfilled:N0} order(s)" : "")}, so searchOrders read the window instead: {searched:N0} order(s) since {UkTime.Format(since)}: {tail}"
                : saver.Backfill
                    ? $"Backfill from Amazon's orders report: {backfilled:N0} order(s); then searchOrders since {UkTime.Format(since)}: {searched:N0} read; {tail}"
                    : $"{searched} order(s) read since {UkTime.Format(since)}: {tail}";
            return (new JobResult(saver.Seen, summary), next.ToString("O", CultureInfo.InvariantCulture));
        }, cancellationToken);

    /// <summary>Reads [start, end] from the orders report, 30 days a report, saving as it goes. Returns the orders read.</summary>
    private async Task<int> BackfillAsync(PageSaver saver, DateTime start, DateTime end, JobContext? context, CancellationToken ct)
    {
        saver.Backfill = true;
        saver.Label = "Backfill";
        const string Prefix = "Backfill from Amazon's orders report";
        var first = saver.Seen;
        for (var from = start; from < end; from += SpApiClient.OrdersReportMaxWindow)
        {
            var to = Min(end, from + SpApiClient.OrdersReportMaxWindow);
            context?.ReportProgress(saver.Seen, saver.Seen + 100, $"{Prefix}: requesting the report");
            var progress = new InlineProgress<ReportProgress>(p => context?.ReportProgress(saver.Seen, saver.Seen + 100, p.Stage switch
            {
                ReportStage.Requested or ReportStage.Waiting => $"{Prefix}: waiting for the report ({p.ProcessingStatus ?? "requested"})",
                ReportStage.Downloading => $"{Prefix}: downloading",
                ReportStage.Parsing => $"{Prefix}: reading",
                _ => $"Backfill: {saver.Seen:N0} orders saved",
            }));
            await foreach (var order in market.SpApi.DownloadOrdersReportAsync(from, to, SpApiClient.OrdersByLastUpdateReport, progress, ct))
            {
                await saver.AddAsync(order);
            }
            await saver.FlushAsync();
        }
        return saver.Seen - first;
    }

    private void Announce(int added, int changed) => live.Publish(new OrdersUpdated(added, changed));

    private static DateTime? Cursor(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var cursor) ? cursor : null;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
