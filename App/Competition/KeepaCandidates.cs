using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Competition;

/// <summary>
/// Every ASIN we sell as a planner candidate: units a day over the last 30 days of orders, minutes
/// since its last Keepa refresh, whether the offers sync saw its competition move since, and whether
/// offers are needed (never fetched, competition moved, or older than a day; they cost 6 tokens a page).
/// </summary>
public sealed class KeepaCandidates(IDbContextFactory<SellerDb> dbs, TimeProvider clock)
{
    public static readonly TimeSpan VelocityWindow = TimeSpan.FromDays(30);
    public static readonly TimeSpan OffersMaxAge = TimeSpan.FromDays(1);

    public async Task<IReadOnlyList<KeepaRefreshCandidate>> ListAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - VelocityWindow;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var listings = await db.Listings.AsNoTracking().Where(l => l.Status != "Deleted" && l.Asin != "")
            .Select(l => new { l.Sku, l.Asin, l.OfferCount }).ToListAsync(ct);
        var asinBySku = listings.ToDictionary(l => l.Sku, l => l.Asin, StringComparer.Ordinal);
        var sold = await (from line in db.OrderLines
                          join order in db.Orders on line.OrderId equals order.Id
                          where order.PurchasedUtc >= since && order.Status != "Canceled"
                          select new { line.Sku, line.Asin, line.Quantity }).ToListAsync(ct);
        var units = sold.GroupBy(s => s.Asin ?? asinBySku.GetValueOrDefault(s.Sku) ?? "").ToDictionary(g => g.Key, g => g.Sum(s => s.Quantity));
        var states = await db.KeepaAsinStates.AsNoTracking().ToDictionaryAsync(s => s.Asin, ct);
        return [.. listings.GroupBy(l => l.Asin).Select(g =>
        {
            var state = states.GetValueOrDefault(g.Key);
            var changed = state?.CompetitorChangedUtc is { } c && (state.RefreshedUtc is null || c > state.RefreshedUtc);
            var needsOffers = state?.OffersRefreshedUtc is not { } offers || changed || now - offers > OffersMaxAge;
            return new KeepaRefreshCandidate(
                g.Key,
                units.GetValueOrDefault(g.Key) / VelocityWindow.TotalDays,
                state?.RefreshedUtc is { } r ? Math.Max(0, (now - r).TotalMinutes) : null,
                changed,
                needsOffers,
                Math.Clamp(g.Max(l => l.OfferCount) ?? 10, 1, 100));
        })];
    }
}
