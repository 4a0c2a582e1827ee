using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Marketplace.Sandbox.Simulation.Market;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

public sealed class BuildingBlockTests
{
    [Fact]
    public void The_keyed_permutation_is_a_bijection_and_inverts()
    {
        foreach (var domain in new ulong[] { 10, 1_000, 4_097, 100_000 })
        {
            var p = new FeistelPermutation(domain, 12345);
            var images = new HashSet<ulong>();
            for (ulong x = 0; x < domain; x++)
            {
                var y = p.Forward(x);
                Assert.True(y < domain);
                Assert.True(images.Add(y), $"domain {domain}: {x} collides");
                Assert.Equal(x, p.Inverse(y));
            }
        }
    }

    [Fact]
    public void Order_ids_round_trip_to_their_listing_and_sequence()
    {
        const int seed = 77;
        var ids = new Identifiers(seed);
        var random = new Random(seed);
        var seen = new HashSet<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var listing = random.Next(Identifiers.MaxListings);
            var sequence = random.Next(5_000_000);
            var id = ids.OrderId(listing, sequence);
            Assert.Matches(@"^202-\d{7}-\d{7}$", id);
            Assert.True(ids.TryParseOrderId(id, out var l, out var s), id);
            Assert.Equal((listing, sequence), (l, s));
            seen.Add(id);
        }
        Assert.True(seen.Count > 19_990);
    }

    [Fact]
    public void Ean_check_digits_follow_the_gs1_rule()
    {
        Assert.Equal('1', Identifiers.EanCheckDigit("400638133393"));
        Assert.Equal('0', Identifiers.EanCheckDigit("501234567890"));
    }

    [Fact]
    public void Change_points_keep_only_changes_and_collapse_same_second_updates()
    {
        var s = new ChangePointSeries();
        s.Record(0, 5);
        s.Record(10, 5);
        s.Record(20, 6);
        s.Record(20, 7);
        s.Record(30, 7);
        s.Record(40, 8);
        s.Record(40, 7);

        Assert.Equal([(0, 5), (20, 7)], Points(s));
        Assert.Throws<InvalidOperationException>(() => s.Record(10, 1));
    }

    [Fact]
    public void Change_points_survive_their_compact_encoding()
    {
        const int seed = 4242;
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var s = new ChangePointSeries();
            var expected = new List<(int Time, int Value)>();
            var time = random.Next(0, 1000);
            for (var i = 0; i < random.Next(1, 400); i++)
            {
                // Market events mostly fall on quarter-hour ticks (stored in quarter hours), sales at any second.
                time += random.Next(2) == 0 ? 900 * random.Next(0, 3_000) + (i == 0 ? 0 : 900) : random.Next(1, 100_000);
                var value = random.Next(4) == 0 ? ChangePointSeries.Absent : random.Next(-5, 5) + (random.Next(10) == 0 ? random.Next() : 0);
                s.Record(time, value);
                if (expected.Count == 0 || expected[^1].Value != value) expected.Add((time, value));
            }
            Assert.True(expected.SequenceEqual(Points(s)), $"seed {seed}, round {round}");
            Assert.Equal(expected.Count, s.Count);
            Assert.Equal(expected[^1].Value, s.Last);
        }
    }

    [Fact]
    public void Offer_price_and_shipping_survive_their_packing_into_one_value()
    {
        var random = new Random(77);
        for (var i = 0; i < 100_000; i++)
        {
            var (price, shipping) = (random.Next(1, 1_000_001), random.Next(0, 2048));
            Assert.Equal((price, shipping), OfferState.Decode(OfferState.Encode(price, shipping)));
            Assert.True(OfferState.Encode(price, shipping) >= 0, "a packed offer never reads as Absent");
        }
    }

    private static List<(int Time, int Value)> Points(ChangePointSeries s)
    {
        var list = new List<(int, int)>();
        foreach (var p in s) list.Add(p);
        return list;
    }

    [Fact]
    public void Keyed_poisson_draws_have_the_requested_mean()
    {
        foreach (var mean in new[] { 0.3, 4.0, 25.0, 150.0 })
        {
            var average = Enumerable.Range(0, 20_000).Average(i => SimHash.Poisson(SimHash.Of(9, (ulong)i), mean));
            Assert.InRange(average, mean * 0.95 - 0.02, mean * 1.05 + 0.02);
        }
    }

    [Fact]
    public void Uk_local_time_follows_british_summer_time()
    {
        Assert.Equal(0, UkClock.OffsetHours(new DateTime(2024, 3, 31, 0, 59, 0, DateTimeKind.Utc)));
        Assert.Equal(1, UkClock.OffsetHours(new DateTime(2024, 3, 31, 1, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(1, UkClock.OffsetHours(new DateTime(2024, 10, 27, 0, 59, 0, DateTimeKind.Utc)));
        Assert.Equal(0, UkClock.OffsetHours(new DateTime(2024, 10, 27, 1, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Invalid_instructions_are_rejected()
    {
        var world = new WorldBuilder().Listings(3).HistoryDays(5).Build();
        var sku = world.Catalogue[0].Sku;

        Assert.Throws<KeyNotFoundException>(() => world.SetOurPrice("NO-SUCH-SKU", 9.99m, world.NowUtc));
        Assert.Throws<ArgumentOutOfRangeException>(() => world.SetOurPrice(sku, 0m, world.NowUtc));
        Assert.Throws<ArgumentOutOfRangeException>(() => world.SetOurPrice(sku, MarketSimulation.MaxPrice + 1, world.NowUtc));
        Assert.Throws<ArgumentOutOfRangeException>(() => world.SetOurStock(sku, -1, world.NowUtc));
        Assert.Throws<ArgumentException>(() => world.SetOurPrice(sku, 5m, DateTime.SpecifyKind(world.NowUtc, DateTimeKind.Local)));
    }
}
