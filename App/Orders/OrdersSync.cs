using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog.Sync;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Shared;

namespace SellerConsole.Orders;

/// <summary>
/// Incremental orders sync (Orders API v2026-01-01, by last update). The cursor is the newest
/// last-updated time seen; each run re-reads a short overlap so an order updated at the boundary is
/// never missed, and upserts by order id so nothing is duplicated.
/// </summary>
public sealed class OrdersSync(MarketplaceConnection market, IDbContextFactory<SellerDb> dbs, SyncTracker tracker, LiveFeed live, TimeProvider clock, IConfiguration configuration, ILogger<OrdersSync> log)
{
    public const string Name = "orders";

    /// <summary><c>Orders:FirstSyncDays</c> (default 30): how far back the very first orders sync reads.</summary>
    private TimeSpan FirstWindow => TimeSpan.FromDays(Math.Clamp(configuration.GetValue("Orders:FirstSyncDays", 30), 1, 730));
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(10);

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
            var since = DateTime.TryParse(state.Cursor, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var cursor)
                ? cursor - Overlap
                : now - FirstWindow;
            // Saved a page at a time: searchOrders allows one call per 3 minutes once its burst is spent, so a
            // first import can take a while and the seller should see orders arrive. Each page holds complete
            // orders; the cursor only moves when the whole run succeeds, so a failed run is simply re-read.
            // Only the count and the newest update time are kept of what was read: a first import of a large
            // shop is tens of thousands of orders, and each page is saved and dropped as it comes.
            var seen = 0;
            DateTime? newest = null;
            var page = new List<MarketOrder>();
            int added = 0, changed = 0;
            async Task FlushAsync()
            {
                var (a, c) = await UpsertAsync(page, ct);
                (added, changed) = (added + a, changed + c);
                if (a + c > 0)
                {
                    live.Publish(new OrdersUpdated(a, c));
                }
                page.Clear();
                context?.ReportProgress(seen, seen + 100, $"{seen:N0} orders read");
            }
            await foreach (var order in market.SpApi.SearchOrdersAsync(since, cancellationToken: ct))
            {
                seen++;
                newest = newest is { } n0 && n0 >= order.LastUpdatedUtc ? n0 : order.LastUpdatedUtc;
                page.Add(order);
                if (page.Count == 100)
                {
                    await FlushAsync();
                }
            }
            await FlushAsync();
            var next = newest is { } n && (!DateTime.TryParse(state.Cursor, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var old) || n > old)
                ? n.ToString("O", CultureInfo.InvariantCulture)
                : state.Cursor ?? (now - FirstWindow).ToString("O", CultureInfo.InvariantCulture);
            log.LogInformation("Orders sync since {Since:u}: {Seen} read, {Added} new, {Changed} changed", since, seen, added, changed);
            return (new JobResult(seen, $"{seen} order(s) read since {UkTime.Format(since)}: {added} new, {changed} changed"), next);
        }, cancellationToken);

    private async Task<(int Added, int Changed)> UpsertAsync(IReadOnlyList<MarketOrder> orders, CancellationToken ct)
    {
        if (orders.Count == 0)
        {
            return (0, 0);
        }
        var latest = orders.GroupBy(o => o.OrderId).Select(g => g.MaxBy(o => o.LastUpdatedUtc)!).ToList();
        var ids = latest.Select(o => o.OrderId).ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Orders.Include(o => o.Lines).Where(o => ids.Contains(o.AmazonOrderId)).ToDictionaryAsync(o => o.AmazonOrderId, ct);
        int added = 0, changed = 0;
        foreach (var order in latest)
        {
            var fresh = ToEntity(order);
            if (!existing.TryGetValue(order.OrderId, out var stored))
            {
                db.Orders.Add(fresh);
                added++;
            }
            else if (!Same(stored, fresh))
            {
                stored.Status = fresh.Status;
                stored.LastUpdatedUtc = fresh.LastUpdatedUtc;
                stored.TotalPence = fresh.TotalPence;
                stored.ShipPostcodeArea = fresh.ShipPostcodeArea;
                stored.FulfillmentChannel = fresh.FulfillmentChannel;
                stored.Lines.Clear();
                stored.Lines.AddRange(fresh.Lines);
                changed++;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (added, changed);
    }

    private static Order ToEntity(MarketOrder o)
    {
        var lines = o.Items.Select(i => new OrderLine
        {
            Sku = i.Sku ?? "(unknown)", Asin = i.Asin, Title = i.Title is { Length: > 500 } t ? t[..500] : i.Title, Quantity = i.Quantity,
            ItemPricePence = Money.ToPence(i.ItemPrice ?? (i.UnitPrice ?? 0) * i.Quantity), ShippingPricePence = Money.ToPence(i.ShippingPrice ?? 0),
        }).ToList();
        return new Order
        {
            AmazonOrderId = o.OrderId, PurchasedUtc = o.PurchaseDateUtc, LastUpdatedUtc = o.LastUpdatedUtc, Status = o.Status,
            FulfillmentChannel = o.FulfilmentChannel, ShipPostcodeArea = o.ShipPostcodePrefix,
            TotalPence = o.OrderTotal is { } total ? Money.ToPence(total) : lines.Sum(l => l.ItemPricePence + l.ShippingPricePence),
            Lines = lines,
        };
    }

    private static bool Same(Order a, Order b) =>
        a.Status == b.Status && a.LastUpdatedUtc == b.LastUpdatedUtc && a.TotalPence == b.TotalPence && a.ShipPostcodeArea == b.ShipPostcodeArea &&
        a.Lines.Count == b.Lines.Count &&
        a.Lines.OrderBy(l => l.Sku).Zip(b.Lines.OrderBy(l => l.Sku)).All(p => p.First.Sku == p.Second.Sku && p.First.Quantity == p.Second.Quantity &&
            p.First.ItemPricePence == p.Second.ItemPricePence && p.First.ShippingPricePence == p.Second.ShippingPricePence);
}
