using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Bench;
using SellerConsole.Competition;
using SellerConsole.Costing.Data;
using SellerConsole.Live;
using SellerConsole.Pricing;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Pricing;

/// <summary>
/// A whole pass stored in one transaction: its decisions, price states and pushes, with the guards still exact
/// inside the batch. On the benchmark's seeded shop (real schema on SQLite, fixed clock), not the Sandbox.
/// </summary>
public sealed class RepricerBatchTests
{
    [Fact]
    public async Task A_pass_over_more_skus_than_the_daily_budget_sends_exactly_the_budget_and_holds_the_rest_naming_the_budget()
    {
        await using var shop = await Shop.CreateAsync(60);
        var wouldChange = await shop.Repricer.RunAsync(null, "test", dryRun: true, CancellationToken.None);
        Assert.True(wouldChange.Up + wouldChange.Down > 10, wouldChange.Summary);
        await shop.SetBudgetAsync(10);

        var run = await shop.Repricer.RunAsync(null, "test", dryRun: false, CancellationToken.None);

        Assert.Equal(10, run.Pushed);
        var pushes = await shop.Db(db => db.PricePushes.AsNoTracking().ToListAsync());
        Assert.Equal(10, pushes.Count);
        var decisions = await shop.Db(db => db.PriceDecisions.AsNoTracking().ToListAsync());
        var sent = decisions.Where(d => d.Status == DecisionStatus.Pushed).ToList();
        Assert.Equal(10, sent.Count);
        Assert.All(sent, d => Assert.Equal(d.Id, pushes.Single(p => p.Id == d.PushId).DecisionId));
        var overBudget = decisions.Where(d => d.Reason == DecisionReason.GlobalBudget).ToList();
        Assert.Equal(wouldChange.Up + wouldChange.Down - 10, overBudget.Count);
        Assert.All(overBudget, d => Assert.Equal(DecisionOutcome.Hold, d.Outcome));
        Assert.All(overBudget, d => Assert.Contains("daily change budget of 10 is used up", d.Sentence));
        var counted = await shop.Db(db => db.SkuPricing.AsNoTracking().Where(s => s.ChangesToday > 0).ToListAsync());
        Assert.Equal(sent.Select(d => d.Sku).Order(), counted.Select(s => s.Sku).Order());
        Assert.All(counted, s => Assert.Equal(1, s.ChangesToday));

        // Later the same UK day the budget is still spent: nothing more is sent.
        shop.Clock.Advance(TimeSpan.FromHours(1));
        var later = await shop.Repricer.RunAsync(null, "test", dryRun: false, CancellationToken.None);
        Assert.Equal(0, later.Pushed);
        Assert.Equal(10, await shop.Db(db => db.PricePushes.CountAsync()));
    }

    [Fact]
    public async Task A_dry_run_spends_the_daily_budget_as_the_real_pass_would()
    {
        await using var shop = await Shop.CreateAsync(40);
        await shop.SetBudgetAsync(7);

        var dry = await shop.Repricer.RunAsync(null, "test", dryRun: true, CancellationToken.None);
        var real = await shop.Repricer.RunAsync(null, "test", dryRun: false, CancellationToken.None);

        Assert.Equal(7, dry.Up + dry.Down);
        Assert.Equal(real.Changes.Select(c => (c.Sku, c.FinalPence)), dry.Changes.Select(c => (c.Sku, c.FinalPence)));
    }

    [Fact]
    public async Task Named_skus_over_several_chunks_are_decided_in_the_same_order_as_a_full_pass()
    {
        await using var shop = await Shop.CreateAsync(RepricingInputs.ChunkSize + 40);
        await shop.SetBudgetAsync(RepricingInputs.ChunkSize / 2);
        var named = Enumerable.Range(0, RepricingInputs.ChunkSize + 40).Select(RepricingShop.Sku).Reverse().ToList();

        var all = await shop.Repricer.RunAsync(null, "test", dryRun: true, CancellationToken.None);
        var some = await shop.Repricer.RunAsync(named, "test", dryRun: true, CancellationToken.None);

        Assert.Equal(RepricingInputs.ChunkSize + 40, some.Decided);
        Assert.Equal(all.Changes.Select(c => (c.Sku, c.FinalPence, c.Sentence)), some.Changes.Select(c => (c.Sku, c.FinalPence, c.Sentence)));
    }

    [Fact]
    public async Task In_suggest_mode_a_new_pass_replaces_the_suggestions_still_waiting()
    {
        await using var shop = await Shop.CreateAsync(30);
        await shop.Db(db => db.RepricerStates.ExecuteUpdateAsync(s => s.SetProperty(r => r.Mode, RepricingMode.Suggest)));

        var first = await shop.Repricer.RunAsync(null, "test", dryRun: false, CancellationToken.None);
        shop.Clock.Advance(TimeSpan.FromMinutes(1)); // offers still fresh: the same changes are suggested again
        var second = await shop.Repricer.RunAsync(null, "test", dryRun: false, CancellationToken.None);

        Assert.True(first.Suggested > 0, first.Summary);
        Assert.Equal(first.Suggested, second.Suggested);
        var decisions = await shop.Db(db => db.PriceDecisions.AsNoTracking().ToListAsync());
        Assert.Equal(first.Suggested, decisions.Count(d => d.Status == DecisionStatus.Replaced));
        Assert.Equal(second.Suggested, decisions.Count(d => d.Status == DecisionStatus.Suggested));
        Assert.All(decisions.Where(d => d.Status == DecisionStatus.Suggested), d => Assert.Equal(second.Changes[0].RunId, d.RunId));
        Assert.Equal(0, await shop.Db(db => db.PricePushes.CountAsync()));
    }

    /// <summary>The benchmark's seeded shop (all SKUs Auto, no budget) and a repricer over it.</summary>
    private sealed class Shop : IAsyncDisposable
    {
        private BenchDatabase _database = null!;

        public ManualTimeProvider Clock { get; } = new(RepricingShop.Now);

        public Repricer Repricer { get; private set; } = null!;

        public static async Task<Shop> CreateAsync(int skus)
        {
            var shop = new Shop();
            shop._database = await BenchDatabase.CreateAsync(CancellationToken.None);
            var dbs = shop._database.Factory;
            var live = new LiveFeed(NullLogger<LiveFeed>.Instance);
            var costing = new CostingStore(dbs, live, new AuditLog(dbs, shop.Clock), shop.Clock, NullLogger<CostingStore>.Instance);
            var strategies = new StrategyStore(dbs, shop.Clock);
            await RepricingShop.SeedAsync(dbs, costing, strategies, skus, CancellationToken.None);
            var inputs = new RepricingInputs(dbs, costing, new HistoryStore(dbs), strategies, shop.Clock);
            shop.Repricer = new Repricer(dbs, inputs, new PricePushQueue(dbs, shop.Clock), live, shop.Clock, NullLogger<Repricer>.Instance);
            return shop;
        }

        public Task SetBudgetAsync(int budget) =>
            Db(db => db.RepricerStates.ExecuteUpdateAsync(s => s.SetProperty(r => r.DailyChangeBudget, budget)));

        public async Task<T> Db<T>(Func<SellerConsole.Data.SellerDb, Task<T>> query)
        {
            await using var db = await _database.Factory.CreateDbContextAsync();
            return await query(db);
        }

        public ValueTask DisposeAsync() => _database.DisposeAsync();
    }
}
