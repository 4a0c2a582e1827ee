using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

public sealed class SteppingInvarianceTests
{
    [Fact]
    public void Advancing_one_day_at_once_equals_ninety_six_quarter_hour_steps()
    {
        var builder = new WorldBuilder().Listings(60).HistoryDays(60);
        var oneStep = builder.Build();
        var manySteps = builder.Build();

        oneStep.AdvanceTo(builder.Now.AddDays(1));
        for (var i = 1; i <= 96; i++) manySteps.AdvanceTo(builder.Now.AddMinutes(15 * i));

        Assert.Equal(oneStep.NowUtc, manySteps.NowUtc);
        Assert.Equal(oneStep.ComputeDigest(), manySteps.ComputeDigest());
        Assert.Equal(Orders(oneStep, builder.Now), Orders(manySteps, builder.Now));
        Assert.NotEmpty(Orders(oneStep, builder.Now));
    }

    [Fact]
    public void Price_and_stock_instructions_give_the_same_world_however_the_clock_is_stepped()
    {
        const int seed = 7301;
        var random = new Random(seed);
        var builder = new WorldBuilder().Listings(40).HistoryDays(45);
        var coarse = builder.Build();
        var fine = builder.Build();
        var skus = coarse.Catalogue.Select(l => l.Sku).ToArray();
        var instructions = Enumerable.Range(0, 25).Select(_ => (
            Sku: skus[random.Next(skus.Length)],
            Price: Math.Round(2m + (decimal)random.NextDouble() * 40m, 2),
            At: builder.Now.AddMinutes(random.Next(0, 3 * 24 * 60)),
            Stock: random.Next(0, 30))).OrderBy(i => i.At).ToList();

        var midway = builder.Now.AddHours(20);
        var end = builder.Now.AddDays(3);
        var early = instructions.Take(10).ToList();
        var late = instructions.Skip(10).Where(i => i.At >= midway).ToList();
        Instruct(coarse, early);
        Instruct(fine, early);
        coarse.AdvanceTo(midway);
        StepRandomly(fine, builder.Now, midway, random);
        Instruct(coarse, late);
        Instruct(fine, late);
        coarse.AdvanceTo(end);
        StepRandomly(fine, midway, end, random);

        Assert.True(coarse.ComputeDigest() == fine.ComputeDigest(), $"seed {seed}");
    }

    [Fact]
    public void A_price_change_takes_effect_at_its_tick_and_never_rewrites_the_past()
    {
        var builder = new WorldBuilder().Listings(10).HistoryDays(30);
        var world = builder.Build();
        var sku = world.Catalogue[2].Sku;
        var asin = world.Catalogue[2].Asin;
        var before = world.GetHistory(asin)!.OurPrice.ToList();

        world.SetOurPrice(sku, 123.45m, builder.Now.AddMinutes(50));
        world.SetOurPrice(sku, 99.99m, builder.Now.AddDays(-3));
        world.AdvanceTo(builder.Now.AddHours(2));

        var after = world.GetHistory(asin)!.OurPrice;
        Assert.Equal(before, after.Take(before.Count));
        Assert.Contains(new ChangePoint<decimal?>(builder.Now, 99.99m), after);
        Assert.Contains(new ChangePoint<decimal?>(builder.Now.AddMinutes(45), 123.45m), after);
        Assert.Equal(123.45m, world.GetListingBySku(sku)!.Price);
    }

    [Fact]
    public void The_clock_cannot_go_backwards()
    {
        var builder = new WorldBuilder().Listings(5).HistoryDays(10);
        var world = builder.Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => world.AdvanceTo(builder.Now.AddHours(-1)));
    }

    private static void Instruct(MarketSimulation world, IEnumerable<(string Sku, decimal Price, DateTime At, int Stock)> instructions)
    {
        foreach (var i in instructions)
        {
            world.SetOurPrice(i.Sku, i.Price, i.At);
            world.SetOurStock(i.Sku, i.Stock, i.At.AddHours(1));
        }
    }

    private static void StepRandomly(MarketSimulation world, DateTime from, DateTime to, Random random)
    {
        for (var t = from; t < to; t = t.AddMinutes(random.Next(1, 200))) world.AdvanceTo(t);
        world.AdvanceTo(to);
    }

    private static List<string> Orders(MarketSimulation world, DateTime from) =>
        world.GetOrdersCreated(from, world.NowUtc, 0, 10_000).Items
            .Select(o => $"{o.AmazonOrderId} {o.PurchaseDateUtc:O} {o.Status} {o.LastUpdatedUtc:O} {o.Items[0].Sku} x{o.Items[0].Quantity} {o.OrderTotal}")
            .ToList();
}
