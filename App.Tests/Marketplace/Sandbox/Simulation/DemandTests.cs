using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

[Collection(StandardWorldCollection.Name)]
public sealed class DemandTests(StandardWorldFixture standard)
{
    [Fact]
    public void Expected_demand_in_april_and_december_beats_august_for_every_asin()
    {
        var world = standard.World;
        foreach (var l in world.Catalogue)
        {
            var april = MonthlyDemand(world, l.Asin, 4);
            var august = MonthlyDemand(world, l.Asin, 8);
            var december = MonthlyDemand(world, l.Asin, 12);
            Assert.True(april > august * 1.3, $"{l.Asin} {l.Category}: April {april:F2} vs August {august:F2}");
            Assert.True(december > august * 1.2, $"{l.Asin} {l.Category}: December {december:F2} vs August {august:F2}");
        }
    }

    [Fact]
    public void Sundays_see_more_demand_than_fridays()
    {
        var asin = standard.World.Catalogue[0].Asin;
        var sunday = new DateTime(2024, 3, 10, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(DayOfWeek.Sunday, sunday.DayOfWeek);
        Assert.True(standard.World.ExpectedDailyUnits(asin, sunday) > standard.World.ExpectedDailyUnits(asin, sunday.AddDays(5)));
    }

    [Fact]
    public void Popularity_is_long_tailed_across_asins()
    {
        var day = new DateTime(2024, 6, 12, 0, 0, 0, DateTimeKind.Utc);
        var demand = standard.World.Catalogue.Select(l => standard.World.ExpectedDailyUnits(l.Asin, day)).Order().ToList();
        var top = demand.TakeLast(15).Sum();
        Assert.True(top > 0.4 * demand.Sum(), $"the top 10% of ASINs should carry a large share of demand ({top:F1} of {demand.Sum():F1})");
    }

    [Fact]
    public void Buyers_order_more_in_the_evening_than_in_the_early_morning()
    {
        var world = standard.World;
        var orders = world.GetOrdersCreated(world.HistoryStartUtc, world.NowUtc, 0, 10_000).Items;
        var hours = orders.Select(o => (o.PurchaseDateUtc.Hour + (IsSummer(o.PurchaseDateUtc) ? 1 : 0)) % 24).ToList();
        var evening = hours.Count(h => h is >= 18 and < 22);
        var earlyMorning = hours.Count(h => h is >= 2 and < 6);
        Assert.True(evening > 5 * earlyMorning, $"evening {evening} vs early morning {earlyMorning}");
    }

    [Fact]
    public void Pricing_well_above_the_buy_box_for_thirty_days_sells_fewer_units()
    {
        var builder = new WorldBuilder().Seed(913).HistoryDays(120);
        var unchanged = builder.Build();
        var raised = builder.Build();
        foreach (var l in raised.GetListings(0, 150).Items)
        {
            var reference = raised.GetOffers(l.Listing.Asin)!.BuyBoxWinner?.LandedPrice ?? l.Price + l.Shipping;
            raised.SetOurPrice(l.Listing.Sku, Math.Round(Math.Max(l.Price, reference) * 1.3m, 2), raised.NowUtc);
        }
        var end = builder.Now.AddDays(30);
        unchanged.AdvanceTo(end);
        raised.AdvanceTo(end);

        var before = UnitsBySku(unchanged, builder.Now, end);
        var after = UnitsBySku(raised, builder.Now, end);
        var total = before.Values.Sum();
        Assert.True(total > 200, $"the unchanged world should sell plenty ({total})");
        Assert.True(after.Values.Sum() < 0.5 * total, $"raised {after.Values.Sum()} vs unchanged {total}");
        var sellers = before.Where(kv => kv.Value >= 5).ToList();
        var fewer = sellers.Count(kv => after.GetValueOrDefault(kv.Key) < kv.Value);
        Assert.True(fewer >= 0.8 * sellers.Count, $"{fewer} of {sellers.Count} regular sellers sold less");
    }

    private static Dictionary<string, int> UnitsBySku(MarketSimulation world, DateTime from, DateTime to) =>
        world.GetOrdersCreated(from, to, 0, 10_000).Items
            .Where(o => o.Status != OrderStatus.Canceled)
            .GroupBy(o => o.Items[0].Sku)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Items[0].Quantity));

    private static double MonthlyDemand(MarketSimulation world, string asin, int month)
    {
        var first = new DateTime(2024, month, 1, 0, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(0, DateTime.DaysInMonth(2024, month)).Average(d => world.ExpectedDailyUnits(asin, first.AddDays(d)));
    }

    private static bool IsSummer(DateTime utc) => utc.Month is > 3 and < 11;
}
