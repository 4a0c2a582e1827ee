using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

[Collection(StandardWorldCollection.Name)]
public sealed class HistoryTests(StandardWorldFixture standard)
{
    [Fact]
    public void Every_series_is_strictly_increasing_in_time_and_records_only_changes()
    {
        var world = standard.World;
        foreach (var l in world.Catalogue)
        {
            var h = world.GetHistory(l.Asin)!;
            Check(h.OurPrice, l.Asin, world);
            Check(h.BuyBoxLanded, l.Asin, world);
            Check(h.BuyBoxWinnerSellerId, l.Asin, world);
            Check(h.LowestFbmLanded, l.Asin, world);
            Check(h.LowestFbaLanded, l.Asin, world);
            Check(h.AmazonPrice, l.Asin, world);
            Check(h.SalesRank, l.Asin, world);
            Check(h.NewOfferCount, l.Asin, world);
            Check(h.Rating, l.Asin, world);
            Check(h.ReviewCount, l.Asin, world);
            foreach (var offer in h.Offers)
            {
                Check(offer.Points.Select(p => new ChangePoint<(decimal?, decimal?)>(p.TimeUtc, (p.Price, p.Shipping))).ToList(), l.Asin, world);
                if (offer.LeftUtc is not null) Assert.Null(offer.Points[^1].Price);
            }
        }
    }

    [Fact]
    public void Histories_span_two_years_and_show_a_moving_market()
    {
        var world = standard.World;
        var histories = world.Catalogue.Select(l => world.GetHistory(l.Asin)!).ToList();
        Assert.All(histories, h => Assert.Equal(world.HistoryStartUtc, h.SalesRank[0].TimeUtc));
        Assert.All(histories, h => Assert.True(h.SalesRank.Count > 2 * 365, $"rank should be refreshed several times a day ({h.SalesRank.Count})"));
        Assert.True(histories.Count(h => h.BuyBoxWinnerSellerId.Count > 3) > 100, "buy box winners should change over two years");
        Assert.True(histories.Count(h => h.Offers.Any(o => o.LeftUtc is not null)) > 50, "sellers should leave");
        Assert.True(histories.Count(h => h.Offers.Any(o => o.FirstSeenUtc > world.HistoryStartUtc)) > 50, "sellers should arrive");
        Assert.True(histories.Count(h => h.ReviewCount.Count > 1) > 50, "reviews should arrive");
        Assert.Contains(histories, h => h.AmazonPrice.Any(p => p.Value is not null));
    }

    [Fact]
    public void Asins_that_sell_more_have_better_sales_ranks()
    {
        var world = standard.World;
        var from = world.NowUtc.AddDays(-30);
        var units = world.Catalogue.Select(l => (
            Demand: Enumerable.Range(0, 30).Sum(d => world.ExpectedDailyUnits(l.Asin, from.AddDays(d))),
            Rank: world.GetListingByAsin(l.Asin)!.SalesRank ?? int.MaxValue)).ToList();
        var byDemand = units.OrderByDescending(u => u.Demand).ToList();
        var topRank = byDemand.Take(30).Select(u => (double)u.Rank).Average();
        var bottomRank = byDemand.TakeLast(30).Select(u => (double)u.Rank).Average();
        Assert.True(topRank * 10 < bottomRank, $"popular ASINs rank {topRank:F0} on average vs {bottomRank:F0} for the least popular");
    }

    private static void Check<T>(IReadOnlyList<ChangePoint<T>> series, string asin, MarketSimulation world)
    {
        Assert.NotEmpty(series);
        for (var i = 1; i < series.Count; i++)
        {
            Assert.True(series[i].TimeUtc > series[i - 1].TimeUtc, $"{asin}: time went backwards at point {i}");
            Assert.False(EqualityComparer<T>.Default.Equals(series[i].Value, series[i - 1].Value), $"{asin}: point {i} repeats its value");
        }
        Assert.True(series[^1].TimeUtc < world.NowUtc);
        Assert.True(series[0].TimeUtc >= world.HistoryStartUtc);
    }
}
