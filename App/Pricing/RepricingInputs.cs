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
/// profit-optimal SKUs only, the daily price/buy-box/sales history.
/// </summary>
public sealed class RepricingInputs(IDbContextFactory<SellerDb> dbs, CostingStore costing, HistoryStore history, StrategyStore strategies, TimeProvider clock)
{
    public async Task<IReadOnlyList<SkuToDecide>> LoadAsync(IReadOnlyCollection<string>? skus, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(UkTime.FromUtc(now));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.Listings.AsNoTracking().Include(l => l.Offers).Where(l => l.Status != "Deleted" && l.PricePence != null && l.Asin != "");
        if (skus is not null) query = query.Where(l => skus.Contains(l.Sku));
        var listings = await query.OrderBy(l => l.Sku).ToListAsync(ct);
        var wanted = listings.Select(l => l.Sku).ToList();
        var settings = await db.SkuPricing.AsNoTracking().Where(s => wanted.Contains(s.Sku)).ToDictionaryAsync(s => s.Sku, ct);
        var state = await db.RepricerStates.AsNoTracking().FirstOrDefaultAsync(ct) ?? new RepricerState();
        var catalogue = await strategies.AllAsync(ct);
        var sales = await SalesAsync(db, wanted, now, ct);
        var dayStart = UkTime.StartOfDayUtc(today);
        var globalToday = await db.PriceDecisions.CountAsync(d => d.Status == DecisionStatus.Pushed && d.DecidedUtc >= dayStart, ct);
        var snapshot = await costing.SnapshotAsync(ct);

        var result = new List<SkuToDecide>(listings.Count);
        foreach (var listing in listings)
        {
            var own = settings.GetValueOrDefault(listing.Sku);
            var strategy = catalogue.For(own?.StrategyId);
            var ours = listing.Offers.FirstOrDefault(o => o.IsOurs);
            var shipping = ours?.ShippingPence ?? 0;
            var mode = Stricter(state.Mode, own?.Mode);
            var input = new RepricingInput(listing.Sku, listing.Asin, listing.PricePence!.Value, shipping,
                [.. listing.Offers.Select(Offer)], listing.OffersSyncedUtc ?? DateTime.MinValue, BuyBox(listing), now, UkTime.FromUtc(now))
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
                History = strategy.Kind == StrategyKind.ProfitOptimal ? await DemandHistory.ReadAsync(db, history, listing, now, DemandHistory.Days, ct) : [],
            };
            result.Add(new SkuToDecide(input, strategy, own));
        }
        return result;
    }

    /// <summary>Off beats Suggest beats Auto: a SKU can be stricter than the global mode, never looser.</summary>
    public static RepricingMode Stricter(RepricingMode global, RepricingMode? sku) =>
        sku is { } own && own < global ? own : global;

    private static PricingOffer Offer(CompetingOffer o) => new(o.SellerId, null, o.IsOurs, o.IsBuyBoxWinner, o.IsFba,
        o.FeedbackPercent, o.FeedbackCount, o.ShippingMaxHours, o.ShipsFrom, o.ListingPricePence, o.ShippingPence);

    /// <summary>Offers on the ASIN but no featured offer: Amazon suppressed the buy box.</summary>
    public static BuyBoxCondition BuyBox(Listing listing) =>
        listing.Offers.Any(o => o.IsBuyBoxWinner) || listing.BuyBoxSellerId is not null ? BuyBoxCondition.Held
        : listing.Offers.Any(o => !o.IsOurs) ? BuyBoxCondition.Suppressed
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

    private static async Task<Dictionary<string, SalesVelocity>> SalesAsync(SellerDb db, List<string> skus, DateTime now, CancellationToken ct)
    {
        var since = now.AddDays(-30);
        var lines = await db.OrderLines.AsNoTracking()
            .Where(l => skus.Contains(l.Sku))
            .Join(db.Orders.Where(o => o.PurchasedUtc >= since && o.Status != "Canceled"), l => l.OrderId, o => o.Id, (l, o) => new { l.Sku, l.Quantity, o.PurchasedUtc })
            .ToListAsync(ct);
        return lines.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => new SalesVelocity(
            g.Where(l => l.PurchasedUtc >= now.AddDays(-1)).Sum(l => l.Quantity),
            g.Where(l => l.PurchasedUtc >= now.AddDays(-7)).Sum(l => l.Quantity),
            g.Where(l => l.PurchasedUtc >= now.AddDays(-14)).Sum(l => l.Quantity),
            g.Sum(l => l.Quantity)));
    }
}
