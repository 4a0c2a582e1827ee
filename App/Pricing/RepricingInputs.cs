using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Competition;
using SellerConsole.Costing;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Quoting;
using SellerConsole.Data;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Shared;

namespace SellerConsole.Pricing;

/// <summary>One SKU ready to decide: the engine's input, the strategy it follows and its stored settings row.</summary>
public sealed record SkuToDecide(RepricingInput Input, RepricingStrategy Strategy, SkuPricing? Settings);

/// <summary>
/// Loads what the engine needs for a set of SKUs in a few queries: listings with their offer snapshot,
/// per-SKU settings and counters, sales over 1/7/14/30 days, costs from the costing snapshot, and, for
/// profit-optimal SKUs only, the daily price/buy-box/sales history. The number of queries does not grow
/// with the SKUs (all SKUs), or grows by one per 500 named SKUs: never a query per SKU.
/// </summary>
public sealed class RepricingInputs(IDbContextFactory<SellerDb> dbs, CostingStore costing, HistoryStore history, StrategyStore strategies, TimeProvider clock)
{
    /// <summary>SKUs per statement when a caller names them.</summary>
    internal const int ChunkSize = 500;

    public async Task<IReadOnlyList<SkuToDecide>> LoadAsync(IReadOnlyCollection<string>? skus, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(UkTime.FromUtc(now));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var (listings, offers) = await ListingsAsync(db, skus, ct);
        var wanted = listings.Select(l => l.Sku).ToList();
        var settings = await SettingsAsync(db, skus is null ? null : wanted, ct);
        var state = await db.RepricerStates.AsNoTracking().FirstOrDefaultAsync(ct) ?? new RepricerState();
        var catalogue = await strategies.AllAsync(ct);
        var sales = await SalesAsync(db, skus is null ? null : wanted, now, ct);
        var dayStart = UkTime.StartOfDayUtc(today);
        var globalToday = await db.PriceDecisions.CountAsync(d => d.Status == DecisionStatus.Pushed && d.DecidedUtc >= dayStart, ct);
        var snapshot = await costing.SnapshotAsync(ct);
        var optimal = listings.Where(l => catalogue.For(settings.GetValueOrDefault(l.Sku)?.StrategyId).Kind == StrategyKind.ProfitOptimal)
            .Select(l => (l.Sku, l.Asin)).ToList();
        var histories = await DemandHistory.ReadManyAsync(db, history, optimal, now, DemandHistory.Days, ct);

        var result = new List<SkuToDecide>(listings.Count);
        foreach (var listing in listings)
        {
            var own = settings.GetValueOrDefault(listing.Sku);
            var strategy = catalogue.For(own?.StrategyId);
            var market = offers.GetValueOrDefault(listing.Id) ?? [];
            var shipping = market.FirstOrDefault(o => o.IsOurs)?.ShippingPence ?? 0;
            var mode = Stricter(state.Mode, own?.Mode);
            var input = new RepricingInput(listing.Sku, listing.Asin, listing.PricePence, shipping,
                market, listing.OffersSyncedUtc ?? DateTime.MinValue, BuyBox(market, listing.BuyBoxSellerId), now, UkTime.FromUtc(now))
            {
                PreviousPrices = CompetitorPrices.Parse(own?.LastCompetitorPrices),
                LastUnsuppressedPricePence = own?.LastUnsuppressedPricePence,
                Sales = sales.GetValueOrDefault(listing.Sku, SalesVelocity.None),
                Counters = new PricingCounters(own?.LastChangeUtc, own?.ChangesDay == today ? own.ChangesToday : 0, own?.LockedUntilUtc),
                GlobalChangesToday = globalToday,
                GlobalDailyBudget = state.DailyChangeBudget,
                Mode = mode,
                KillSwitch = state.Paused,
                Profit = Profit(snapshot, listing.Sku, shipping, now),
                ManualFloorPence = own?.ManualFloorPence,
                ManualCeilingPence = own?.ManualCeilingPence,
                History = histories.GetValueOrDefault(listing.Sku) ?? [],
            };
            result.Add(new SkuToDecide(input, strategy, own));
        }
        return result;
    }

    /// <summary>Named SKUs in chunks of <see cref="ChunkSize"/> (bounded parameter lists on either database); all SKUs: one null chunk.</summary>
    internal static IEnumerable<string[]?> Chunks(IEnumerable<string>? skus)
    {
        if (skus is null) return [null];
        return skus.Chunk(ChunkSize);
    }

    private sealed record ListingRow(int Id, string Sku, string Asin, long PricePence, DateTime? OffersSyncedUtc, string? BuyBoxSellerId);

    /// <summary>
    /// The listings to decide (by SKU) and their offers (by listing, in id order), projected to the columns the
    /// engine reads: a listing's text and an offer's unused columns are never materialised.
    /// </summary>
    private static async Task<(List<ListingRow> Listings, Dictionary<int, List<PricingOffer>> Offers)> ListingsAsync(SellerDb db, IReadOnlyCollection<string>? skus, CancellationToken ct)
    {
        var listings = new List<ListingRow>();
        var offers = new Dictionary<int, List<PricingOffer>>();
        foreach (var chunk in Chunks(skus?.Distinct()))
        {
            var query = db.Listings.AsNoTracking().Where(l => l.Status != "Deleted" && l.PricePence != null && l.Asin != "");
            if (chunk is not null) query = query.Where(l => chunk.Contains(l.Sku));
            listings.AddRange(await query.OrderBy(l => l.Sku)
                .Select(l => new ListingRow(l.Id, l.Sku, l.Asin, l.PricePence!.Value, l.OffersSyncedUtc, l.BuyBoxSellerId)).ToListAsync(ct));
            var rows = await query.SelectMany(l => l.Offers).OrderBy(o => o.ListingId).ThenBy(o => o.Id)
                .Select(o => new
                {
                    o.ListingId,
                    Offer = new PricingOffer(o.SellerId, null, o.IsOurs, o.IsBuyBoxWinner, o.IsFba, o.FeedbackPercent, o.FeedbackCount,
                        o.ShippingMaxHours, o.ShipsFrom, o.ListingPricePence, o.ShippingPence),
                })
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                (offers.TryGetValue(row.ListingId, out var list) ? list : offers[row.ListingId] = []).Add(row.Offer);
            }
        }
        if (skus is not null && skus.Count > ChunkSize) listings.Sort((a, b) => string.CompareOrdinal(a.Sku, b.Sku));
        return (listings, offers);
    }

    private static async Task<Dictionary<string, SkuPricing>> SettingsAsync(SellerDb db, List<string>? skus, CancellationToken ct)
    {
        if (skus is null) return await db.SkuPricing.AsNoTracking().ToDictionaryAsync(s => s.Sku, ct);
        var result = new Dictionary<string, SkuPricing>();
        foreach (var chunk in skus.Chunk(ChunkSize))
        {
            foreach (var row in await db.SkuPricing.AsNoTracking().Where(s => chunk.Contains(s.Sku)).ToListAsync(ct)) result[row.Sku] = row;
        }
        return result;
    }

    /// <summary>Off beats Suggest beats Auto: a SKU can be stricter than the global mode, never looser.</summary>
    public static RepricingMode Stricter(RepricingMode global, RepricingMode? sku) =>
        sku is { } own && own < global ? own : global;

    /// <summary>Offers on the ASIN but no featured offer: Amazon suppressed the buy box.</summary>
    public static BuyBoxCondition BuyBox(IReadOnlyList<PricingOffer> offers, string? buyBoxSellerId) =>
        offers.Any(o => o.IsBuyBoxWinner) || buyBoxSellerId is not null ? BuyBoxCondition.Held
        : offers.Any(o => !o.IsOurs) ? BuyBoxCondition.Suppressed
        : BuyBoxCondition.None;

    private static ProfitModel? Profit(CostingSnapshot snapshot, string sku, long shippingPence, DateTime now)
    {
        if (!snapshot.Skus.TryGetValue(sku, out var definition) || !CostedState.IsCosted(definition)) return null;
        try
        {
            var sale = snapshot.Sale(now, Money.FromPence(shippingPence));
            return new ProfitModel(snapshot.Calculator.LandedCost(definition, now, sale.Vat), sale);
        }
        catch (CostingException)
        {
            return null; // cannot be costed as defined: no cost floor (the page says why)
        }
    }

    private static async Task<Dictionary<string, SalesVelocity>> SalesAsync(SellerDb db, List<string>? skus, DateTime now, CancellationToken ct)
    {
        var since = now.AddDays(-30);
        var orders = db.Orders.Where(o => o.PurchasedUtc >= since && o.Status != "Canceled");
        var lines = new List<(string Sku, int Quantity, DateTime PurchasedUtc)>();
        foreach (var chunk in Chunks(skus))
        {
            var query = db.OrderLines.AsNoTracking();
            if (chunk is not null) query = query.Where(l => chunk.Contains(l.Sku));
            var rows = await query.Join(orders, l => l.OrderId, o => o.Id, (l, o) => new { l.Sku, l.Quantity, o.PurchasedUtc }).ToListAsync(ct);
            lines.AddRange(rows.Select(r => (r.Sku, r.Quantity, r.PurchasedUtc)));
        }
        return lines.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => new SalesVelocity(
            g.Where(l => l.PurchasedUtc >= now.AddDays(-1)).Sum(l => l.Quantity),
            g.Where(l => l.PurchasedUtc >= now.AddDays(-7)).Sum(l => l.Quantity),
            g.Where(l => l.PurchasedUtc >= now.AddDays(-14)).Sum(l => l.Quantity),
            g.Sum(l => l.Quantity)));
    }
}
