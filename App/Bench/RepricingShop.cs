using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Costing;
using SellerConsole.Costing.Data;
using SellerConsole.Data;
using SellerConsole.Orders;
using SellerConsole.Pricing;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;

namespace SellerConsole.Bench;

/// <summary>
/// A seeded shop for the repricing benchmarks: listings with 10-20 offers each (FBA, FBM, Amazon on some),
/// the same strategy mix as the pure "repricing" benchmark (featured offer, lowest FBM, FBA then FBM,
/// upward while winning, profit-optimal, sales rules), costs through the costing store for 40% of SKUs
/// and manual floors for the rest, two orders per SKU over 30 days, global mode Auto without a budget.
/// Written straight to the tables (the sync's job is not measured here); costs and strategies through their stores.
/// </summary>
internal static class RepricingShop
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public sealed record Seeded(int Offers, int Costed, int Strategies, int Orders);

    public static string Sku(int i) => $"RP-{i:D5}";

    public static async Task<Seeded> SeedAsync(IDbContextFactory<SellerDb> dbs, CostingStore costing, StrategyStore strategies, int skus, CancellationToken ct)
    {
        var now = Now.UtcDateTime;
        var rng = new Random(12);
        await costing.SnapshotAsync(ct); // seeds fee schedules, postage and settings
        for (var c = 0; c < 50; c++)
        {
            var component = new Component($"RPC{c}", $"Part {c}", "Acme", $"A{c}", 10m, [new DatedPrice(now.AddYears(-1), 4m + c / 5m)], 0.20m);
            var saved = await costing.SaveComponentAsync(component, "bench", ct);
            if (!saved.Succeeded) throw new InvalidOperationException(saved.Error);
        }
        var ids = new List<long>();
        foreach (var strategy in Strategies())
        {
            ids.Add((await strategies.SaveAsync(0, strategy, makeDefault: ids.Count == 0, ct)).Id);
        }

        int offers = 0, costed = 0, orders = 0;
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < skus; i++)
        {
            var listing = Listing(rng, i, now);
            offers += listing.Offers.Count;
            db.Listings.Add(listing);
            var fromCosts = rng.Next(10) < 4;
            if (fromCosts)
            {
                costed++;
                db.SkuCosts.Add(new StoredSkuCost
                {
                    Sku = listing.Sku, LabourMinutes = 2m, WeightGrams = 300, LengthCm = 30m, WidthCm = 20m, DepthCm = 2m, UpdatedUtc = now,
                    Lines = [new StoredSkuLine { Position = 0, ItemKind = BomItemKind.Component, ItemCode = $"RPC{i % 50}", Quantity = 1m, WasteRate = 0m }],
                });
            }
            db.SkuPricing.Add(new SkuPricing
            {
                Sku = listing.Sku, StrategyId = ids[(i % 20) switch { < 9 => 0, < 12 => 1, < 14 => 2, < 18 => 3, 18 => 4, _ => 5 }],
                ManualFloorPence = fromCosts ? null : listing.PricePence * 7 / 10, UpdatedUtc = now.AddDays(-1),
            });
            for (var o = 0; o < 2; o++, orders++)
            {
                var quantity = rng.Next(1, 4);
                db.Orders.Add(new Order
                {
                    AmazonOrderId = $"202-{i:D7}-{o:D7}", PurchasedUtc = now.AddHours(-rng.Next(1, 30 * 24)), LastUpdatedUtc = now, Status = "Shipped",
                    TotalPence = listing.PricePence!.Value * quantity,
                    Lines = [new OrderLine { Sku = listing.Sku, Asin = listing.Asin, Quantity = quantity, ItemPricePence = listing.PricePence.Value * quantity }],
                });
            }
            if (i % 1_000 == 999)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        db.ChangeTracker.DetectChanges();
        db.RepricerStates.Add(new RepricerState { Mode = RepricingMode.Auto, DailyChangeBudget = null, UpdatedUtc = now });
        await db.SaveChangesAsync(ct);
        costing.Invalidate();
        return new Seeded(offers, costed, ids.Count, orders);
    }

    /// <summary>What a verified push does to the catalogue: the listing shows the price sent, the queue row is done.</summary>
    public static async Task<int> ApplyQueuedPricesAsync(IDbContextFactory<SellerDb> dbs, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var queued = await db.PricePushes.Where(p => p.State == PushState.Queued).ToListAsync(ct);
        var targets = queued.ToDictionary(p => p.Sku, p => p.TargetPence);
        var listings = await db.Listings.Include(l => l.Offers).Where(l => targets.Keys.Contains(l.Sku)).ToListAsync(ct);
        foreach (var listing in listings)
        {
            var target = targets[listing.Sku];
            listing.PricePence = target;
            foreach (var ours in listing.Offers.Where(o => o.IsOurs))
            {
                ours.ListingPricePence = target;
                ours.LandedPence = target + ours.ShippingPence;
            }
        }
        foreach (var push in queued) push.State = PushState.Verified;
        await db.SaveChangesAsync(ct);
        return queued.Count;
    }

    private static Listing Listing(Random rng, int i, DateTime now)
    {
        var price = rng.Next(800, 4_000);
        var shipping = rng.Next(3) == 0 ? 299 : 0;
        var weWin = rng.Next(4) == 0;
        var count = rng.Next(10, 21);
        var winner = weWin ? -1 : rng.Next(count);
        var listing = new Listing
        {
            Sku = Sku(i), Asin = $"B0R{i:D7}", Title = $"Bench product {i}", Status = "Active", ProductType = "HOME_IMPROVEMENT",
            IsBuyable = true, PricePence = price, Quantity = 20, OffersSyncedUtc = now.AddMinutes(-rng.Next(0, 10)), OfferCount = count + 1,
        };
        listing.Offers.Add(Offer("ASELLERUS", true, weWin, false, price, shipping, 99.2, 4_000, now));
        for (var o = 0; o < count; o++)
        {
            var amazon = o == 0 && rng.Next(10) == 0;
            var fba = amazon || rng.Next(3) == 0;
            var ship = fba || rng.Next(2) == 0 ? 0 : rng.Next(199, 499);
            var landed = price + shipping + rng.Next(-400, 600);
            listing.Offers.Add(Offer(amazon ? PricingOffer.AmazonUkSellerId : $"A{rng.Next(1_000_000):D7}", false, o == winner, fba,
                Math.Max(100, landed - ship), ship, amazon ? null : rng.Next(80, 101), amazon ? null : rng.Next(0, 50_000), now));
        }
        var holder = listing.Offers.FirstOrDefault(o => o.IsBuyBoxWinner);
        listing.BuyBoxSellerId = holder?.SellerId;
        listing.BuyBoxPricePence = holder?.LandedPence;
        listing.BuyBoxIsOurs = holder is null ? null : holder.IsOurs;
        return listing;
    }

    private static CompetingOffer Offer(string seller, bool ours, bool winner, bool fba, long price, long shipping, double? feedback, int? count, DateTime now) => new()
    {
        SellerId = seller, IsOurs = ours, IsBuyBoxWinner = winner, IsFba = fba, ListingPricePence = price, ShippingPence = shipping,
        LandedPence = price + shipping, FeedbackPercent = feedback, FeedbackCount = count, ShippingMaxHours = fba ? null : 48, ShipsFrom = "GB", ObservedUtc = now,
    };

    private static IEnumerable<RepricingStrategy> Strategies()
    {
        var filter = new CompetitorFilter(MinFeedbackPercent: 90, MaxDispatchHours: 72);
        yield return new RepricingStrategy("Beat the featured offer", StrategyKind.FeaturedOffer) { Filter = filter, Ceiling = new CeilingRule(CeilingBasis.FloorFactor, 2.5m) };
        yield return new RepricingStrategy("Lowest FBM", StrategyKind.LowestFbm) { Filter = filter, Ending = PriceEnding.NinetyNine, Ceiling = new CeilingRule(CeilingBasis.FloorFactor, 2.5m) };
        yield return new RepricingStrategy("FBA then FBM", StrategyKind.FbaThenFbm) { Filter = filter, Ceiling = new CeilingRule(CeilingBasis.FloorFactor, 2.5m) };
        yield return new RepricingStrategy("Upward while winning", StrategyKind.FeaturedOffer)
        {
            Filter = filter, Upward = new UpwardRepricing(true, Step: new PriceAdjustment(AdjustmentUnit.Percent, 3m)),
            Floor = new FloorRule(FloorBasis.TargetMargin, 15m), Ceiling = new CeilingRule(CeilingBasis.FloorFactor, 2.5m),
        };
        yield return new RepricingStrategy("Profit-optimal", StrategyKind.ProfitOptimal) { Filter = filter, Ceiling = new CeilingRule(CeilingBasis.FloorFactor, 2.5m) };
        yield return new RepricingStrategy("Sales rules", StrategyKind.SalesOnly)
        {
            Ceiling = new CeilingRule(CeilingBasis.FloorFactor, 2.5m),
            VelocityRules = [new VelocityRule(7, VelocityComparison.Below, 3, new PriceAdjustment(AdjustmentUnit.Percent, -3m), 3)],
        };
    }
}
