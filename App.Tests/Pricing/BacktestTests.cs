using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog.Sync;
using SellerConsole.Data;
using SellerConsole.Competition;
using SellerConsole.Orders;
using SellerConsole.Pricing;
using SellerConsole.Pricing.Backtests;
using SellerConsole.Pricing.Engine;
using SellerConsole.Tests.Competition;

namespace SellerConsole.Tests.Pricing;

public sealed class BacktestTests
{
    private static readonly DateTime T0 = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Market_points_take_the_lowest_offers_at_each_change_and_put_the_buy_box_on_the_one_at_its_price()
    {
        var series = new Dictionary<HistorySeries, List<HistoryPoint>>
        {
            [HistorySeries.LowestFbm] = [new(T0.AddDays(-1), 1299), new(T0.AddHours(2), 1249), new(T0.AddHours(2).AddMinutes(5), 1239)],
            [HistorySeries.LowestFba] = [new(T0.AddDays(-1), 1399)],
            [HistorySeries.BuyBox] = [new(T0.AddDays(-1), 1399), new(T0.AddHours(5), 1239)],
            [HistorySeries.BuyBoxOurs] = [new(T0.AddDays(-1), 0), new(T0.AddHours(8), 1)],
            [HistorySeries.Amazon] = [new(T0.AddHours(8), null)],
        };

        var points = MarketHistory.Points(series, T0, T0.AddDays(1), TimeSpan.FromMinutes(15));

        // The 5-minute change is thinned out (one point per quarter hour); the buy-box and Amazon moves add points.
        Assert.Equal([T0, T0.AddHours(2), T0.AddHours(5), T0.AddHours(8)], points.Select(p => p.Utc));
        Assert.Equal([1299L, 1399L], points[0].Competitors.Select(o => o.LandedPence));
        Assert.Equal("lowest-fba", points[0].Competitors.Single(o => o.IsBuyBoxWinner).SellerId);
        Assert.True(points[0].Competitors.Single(o => o.SellerId == "lowest-fba").IsFba);
        Assert.Equal(1249, points[1].Competitors[0].LandedPence);
        Assert.Equal("lowest-fbm", points[2].Competitors.Single(o => o.IsBuyBoxWinner).SellerId);
        Assert.DoesNotContain(points[3].Competitors, o => o.IsBuyBoxWinner); // ours from 08:00
        Assert.All(points, p => Assert.Equal(BuyBoxCondition.Held, p.BuyBox));
    }

    [Fact]
    public void No_competitor_history_gives_no_market_points()
    {
        var series = new Dictionary<HistorySeries, List<HistoryPoint>> { [HistorySeries.OurPrice] = [new(T0.AddDays(-3), 999)] };
        Assert.Empty(MarketHistory.Points(series, T0, T0.AddDays(30), TimeSpan.FromMinutes(15)));
    }

    [Fact]
    public async Task Two_strategies_replay_a_sandbox_skus_last_30_days_side_by_side_with_what_happened()
    {
        using var app = new CompetitionApp();
        _ = await app.PumpAsync(() => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        _ = await app.PumpAsync(() => app.Service<OrdersSync>().RunAsync(null, CancellationToken.None));
        _ = await app.PumpAsync(() => app.Service<OffersSync>().RunAsync(null, CancellationToken.None));
        _ = await app.PumpAsync(() => app.Service<KeepaRefresh>().RunAsync(null, CancellationToken.None));
        var listing = (await ListingsAsync(app)).Where(l => l.Offers.Count(o => !o.IsOurs) >= 2).OrderByDescending(l => l.Offers.Count).First();
        var floor = Math.Round(listing.PricePence!.Value * 0.6m / 100m, 2);
        await app.Service<PricingAssignments>().ApplyAsync([listing.Sku], new SkuPricingRequest(null, null, floor, null), "owner:test", CancellationToken.None);
        var above = await app.Service<StrategyStore>().SaveAsync(0, new RepricingStrategy("Stay 5% above", StrategyKind.FeaturedOffer)
        {
            Position = new Positioning(PositionMode.AboveByPercent, 5m),
        }, makeDefault: false, CancellationToken.None);

        var report = await app.Service<BacktestService>().RunAsync(new BacktestQuery(listing.Sku, null, above.Id, 30), CancellationToken.None);

        Assert.NotNull(report);
        Assert.True(report.MarketPoints > 10, $"{report.MarketPoints} market points");
        Assert.Equal([StrategyStore.DefaultName, "Stay 5% above"], report.Runs.Select(r => r.StrategyName));
        Assert.All(report.Runs, r => Assert.InRange(r.Days.Count, 30, 31));
        var beat = report.Runs[0];
        var stay = report.Runs[1];
        Assert.True(beat.Changes > 0, "the default strategy followed the market");
        Assert.True(beat.Days.Average(d => d.ClosePence) < stay.Days.Average(d => d.ClosePence), "beating sits below staying 5% above");
        Assert.True(beat.BuyBoxShare >= stay.BuyBoxShare, $"buy box {beat.BuyBoxShare:P0} vs {stay.BuyBoxShare:P0}");
        Assert.All(report.Runs, r => Assert.Equal(r.Units, r.Days.Sum(d => d.Units), 6));
        Assert.InRange(report.Actual.Count, 30, 31);
        Assert.Equal(await OrderedUnitsAsync(app, listing.Sku, report.FromUtc, report.ToUtc), report.ActualUnits);

        var http = await app.CreateSignedInClientAsync();
        var api = await http.PostAsJsonAsync("/api/v1/repricing/backtest", new { sku = listing.Sku, compareStrategyId = above.Id, days = 30 });
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var body = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("runs").GetArrayLength());
        Assert.Equal(report.ActualUnits, body.GetProperty("actualUnits").GetInt32());
    }

    [Fact]
    public async Task The_backtest_api_names_a_bad_field_and_answers_404_for_an_unknown_sku()
    {
        using var app = new CompetitionApp();
        _ = await app.PumpAsync(() => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        var http = await app.CreateSignedInClientAsync();

        var bad = await http.PostAsJsonAsync("/api/v1/repricing/backtest", new { sku = "X", days = 45 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("days", out _));
        var missing = await http.PostAsJsonAsync("/api/v1/repricing/backtest", new { sku = "NOT-A-SKU", days = 30 });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // Listed, but no offers sync or Keepa refresh yet: nothing to replay, and it says where the history comes from.
        var sku = (await ListingsAsync(app))[0].Sku;
        var early = await http.PostAsJsonAsync("/api/v1/repricing/backtest", new { sku, days = 30 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("Keepa refreshes and offers syncs", await early.Content.ReadAsStringAsync());
    }

    private static async Task<List<SellerConsole.Catalog.Listing>> ListingsAsync(CompetitionApp app)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.Listings.AsNoTracking().Include(l => l.Offers).OrderBy(l => l.Sku).ToListAsync();
    }

    private static async Task<int> OrderedUnitsAsync(CompetitionApp app, string sku, DateTime from, DateTime to)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.OrderLines.Where(l => l.Sku == sku)
            .Join(db.Orders.Where(o => o.PurchasedUtc >= from && o.PurchasedUtc < to && o.Status != "Canceled"), l => l.OrderId, o => o.Id, (l, o) => l.Quantity)
            .SumAsync();
    }
}
