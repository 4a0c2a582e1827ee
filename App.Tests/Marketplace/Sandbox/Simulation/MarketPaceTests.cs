using SellerConsole.Competition;
using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Tests.Support;
using Xunit.Abstractions;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

/// <summary>
/// The default Sandbox (150 listings, the default seed) must move like a real market in the console's
/// first hours: rivals undercutting us several times an hour, a new seller and a rival selling out about
/// every hour, the buy box changing hands now and then. Measured with the console's own change detector
/// over 15-minute offer reads, from the first-start instant the app's tests use.
/// </summary>
public sealed class MarketPaceTests : IClassFixture<MarketPaceTests.DefaultWorldDay>
{
    public const int DefaultSeed = 20261122;
    public const int DefaultListings = 150;

    /// <summary>The default world observed for a day from the app tests' start instant (built once for the class).</summary>
    public sealed class DefaultWorldDay
    {
        public DefaultWorldDay()
        {
            var start = SellerAppFactory.DefaultStart.UtcDateTime;
            World = MarketSimulation.Create(new SimulationSettings(DefaultSeed, DefaultListings, start.Date.AddDays(-730)), start);
            Start = World.NowUtc;
            Changes = [];
            for (var hour = 0; hour < 24; hour++)
            {
                var seen = new List<DetectedChange>();
                MarketPace.Observe(World, TimeSpan.FromHours(1), seen);
                Changes.Add(seen);
            }
        }

        public MarketSimulation World { get; }

        public DateTime Start { get; }

        /// <summary>What the console would detect in each of the 24 hours.</summary>
        public List<List<DetectedChange>> Changes { get; }
    }

    private readonly ITestOutputHelper _output;
    private readonly DefaultWorldDay _day;

    public MarketPaceTests(ITestOutputHelper output, DefaultWorldDay day)
    {
        _output = output;
        _day = day;
        for (var h = 0; h < day.Changes.Count; h++)
        {
            output.WriteLine($"hour {h + 1}: " + string.Join(", ", day.Changes[h].GroupBy(c => c.Kind).Select(g => $"{g.Key} {g.Count()}")));
        }
    }

    [Fact]
    public void The_first_hour_shows_rivals_undercutting_a_new_seller_and_a_stock_out()
    {
        var first = _day.Changes[0].Select(c => c.Kind).ToList();

        Assert.Contains(ChangeKind.CompetitorBelowUs, first);
        Assert.Contains(ChangeKind.NewSeller, first);
        Assert.Contains(ChangeKind.CompetitorOutOfStock, first);
    }

    [Fact]
    public void Over_a_day_the_console_sees_several_undercuts_an_hour_and_about_one_new_seller_and_stock_out_an_hour()
    {
        var all = _day.Changes.SelectMany(c => c).ToList();
        double PerHour(params ChangeKind[] kinds) => all.Count(c => kinds.Contains(c.Kind)) / 24.0;
        _output.WriteLine($"per hour: undercuts {PerHour(ChangeKind.CompetitorBelowUs):F1}, new sellers {PerHour(ChangeKind.NewSeller):F1}, " +
            $"stock-outs {PerHour(ChangeKind.CompetitorOutOfStock):F1}, buy box {PerHour(ChangeKind.BuyBoxLost, ChangeKind.BuyBoxWon):F1}");

        Assert.InRange(PerHour(ChangeKind.CompetitorBelowUs), 2.5, 8);
        Assert.InRange(PerHour(ChangeKind.NewSeller), 1, 5);
        Assert.InRange(PerHour(ChangeKind.CompetitorOutOfStock), 1, 5);
        Assert.InRange(PerHour(ChangeKind.BuyBoxLost, ChangeKind.BuyBoxWon), 0.5, 6);
        // No quiet hour, and each kind turns up in most hours (not in clumps with quiet stretches between).
        Assert.All(_day.Changes, hour => Assert.True(hour.Count >= 2, $"an hour with {hour.Count} change(s)"));
        foreach (var kind in new[] { ChangeKind.CompetitorBelowUs, ChangeKind.NewSeller, ChangeKind.CompetitorOutOfStock })
        {
            Assert.True(_day.Changes.Count(h => h.Any(c => c.Kind == kind)) >= 18, $"{kind} in fewer than 18 of 24 hours");
        }
    }

    [Fact]
    public void Rivals_reprice_many_times_an_hour_and_new_sellers_list_about_hourly()
    {
        var world = _day.World;
        var end = _day.Start.AddHours(24);
        var histories = world.Catalogue.Select(l => world.GetHistory(l.Asin)!).ToList();
        var repricings = histories.Sum(h => h.Offers.Where(o => !o.IsOurs)
            .Sum(o => o.Points.Where((p, i) => p.TimeUtc > _day.Start && p.TimeUtc <= end && i > 0 && p.Price is not null && o.Points[i - 1].Price is not null).Count()));
        var listings = histories.Sum(h => h.Offers.Where(o => !o.IsOurs)
            .Sum(o => o.Points.Where((p, i) => p.TimeUtc > _day.Start && p.TimeUtc <= end && p.Price is not null && (i == 0 || o.Points[i - 1].Price is null)).Count()));
        _output.WriteLine($"{repricings} rival price changes and {listings} sellers listing in 24 h");

        Assert.InRange(repricings / 24.0, 10, 80);
        Assert.InRange(listings, 18, 40);
    }
}
