using SellerConsole.Marketplace.Keepa;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Keepa;

/// <summary>
/// Deterministic, plausible Keepa histories for a DIY &amp; Tools ASIN: an hourly-ish sales rank,
/// a few hundred price moves with occasional stock-outs, offer counts, rating and a dozen offers.
/// The same (asin, seed, now, days) always gives the same history.
/// </summary>
public static class KeepaHistorySimulator
{
    private static readonly decimal[] ShippingFees = [0m, 2.99m, 3.49m, 4.99m];

    public static KeepaProductHistory Simulate(string asin, int seed, DateTime now, int days = 730)
    {
        var rng = new Random(seed);
        var start = now.AddDays(-days);
        var basePence = rng.Next(800, 8000);
        var sellers = Enumerable.Range(0, rng.Next(6, 15)).Select(i => $"A{seed & 0xFFFF:X4}SELLER{i:D2}").ToList();

        var series = new Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryPoint>>
        {
            [KeepaSeries.Sales] = Walk(rng, start, now, 150, rng.Next(2000, 200000), 0.08, 0, v => (decimal)Math.Max(1, Math.Round(v))),
            [KeepaSeries.New] = Walk(rng, start, now, 2 * 1440, basePence, 0.04, 0.02, Pounds),
            [KeepaSeries.NewFba] = Walk(rng, start, now, 3 * 1440, basePence * 1.1, 0.04, 0.05, Pounds),
            [KeepaSeries.ListPrice] = Walk(rng, start, now, 120 * 1440, basePence * 1.4, 0.02, 0, Pounds),
            [KeepaSeries.CountNew] = Walk(rng, start, now, 2 * 1440, rng.Next(2, 20), 0.15, 0, v => (decimal)Math.Max(1, Math.Round(v))),
            [KeepaSeries.CountUsed] = Walk(rng, start, now, 10 * 1440, 1, 0.5, 0, v => (decimal)Math.Min(3, Math.Round(v))),
            [KeepaSeries.Rating] = Walk(rng, start, now, 30 * 1440, rng.Next(35, 50), 0.03, 0, v => (decimal)Math.Clamp(Math.Round(v), 10, 50) / 10m),
            [KeepaSeries.CountReviews] = Grow(rng, start, now, 5 * 1440, rng.Next(0, 40)),
            [KeepaSeries.ExtraInfoUpdates] = Walk(rng, start, now, 7 * 1440, sellers.Count, 0.2, 0,
                v => (rng.Next(10) == 0 ? -1 : 1) * (decimal)Math.Max(1, Math.Round(v))),
            [KeepaSeries.CountNewFba] = Walk(rng, start, now, 4 * 1440, rng.Next(0, 6), 0.3, 0, v => (decimal)Math.Round(v)),
            [KeepaSeries.CountNewFbm] = Walk(rng, start, now, 4 * 1440, rng.Next(1, 10), 0.3, 0, v => (decimal)Math.Round(v)),
        };
        if (rng.Next(2) == 0)
        {
            series[KeepaSeries.Amazon] = Walk(rng, start, now, 7 * 1440, basePence * 0.97, 0.03, 0.1, Pounds);
        }

        var buyBoxSellers = Changes(rng, start, now, 2 * 1440)
            .Select(t => rng.Next(100) switch
            {
                < 5 => new KeepaBuyBoxChange(t, null),
                < 6 => new KeepaBuyBoxChange(t, null, UnknownSeller: true),
                _ => new KeepaBuyBoxChange(t, sellers[rng.Next(sellers.Count)]),
            })
            .ToList();

        return new KeepaProductHistory(asin)
        {
            Title = $"Simulated DIY tool {asin}",
            Brand = "Sandbox Tools",
            Manufacturer = "Sandbox Tools Ltd",
            RootCategory = 79903031,
            Categories = [79903031, 1939164031],
            Features = ["Hardened steel", "Lifetime guarantee"],
            ImagesCsv = $"{asin}-1.jpg,{asin}-2.jpg",
            TrackingSince = Minute(start),
            LastUpdate = Minute(now),
            LastPriceChange = series[KeepaSeries.New][^1].Utc,
            LastRatingUpdate = series[KeepaSeries.Rating][^1].Utc,
            Series = series,
            ShippingSeries = new Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryTriplet>>
            {
                [KeepaSeries.BuyBoxShipping] = Triplets(rng, start, now, 1440, basePence, 0.03),
                [KeepaSeries.NewFbmShipping] = Triplets(rng, start, now, 2 * 1440, basePence, 0.02),
            },
            BuyBoxSellers = buyBoxSellers,
            Offers = [.. sellers.Select((seller, i) => Offer(rng, i, seller, now, basePence))],
        };
    }

    private static KeepaOfferHistory Offer(Random rng, int id, string seller, DateTime now, double basePence)
    {
        var since = now.AddDays(-rng.Next(30, 400));
        var isFba = rng.Next(3) == 0;
        var live = rng.Next(10) < 7;
        var prices = Triplets(rng, since, live ? now : now.AddDays(-rng.Next(1, 20)), 3 * 1440, basePence * (0.9 + rng.NextDouble() * 0.3), 0.01);
        return new KeepaOfferHistory(id, seller, 1, isFba, false, isFba, true, live, prices[^1].Utc, prices);
    }

    private static List<KeepaHistoryPoint> Walk(Random rng, DateTime start, DateTime end, int meanMinutes,
        double level, double volatility, double gapChance, Func<double, decimal> shape)
    {
        var points = new List<KeepaHistoryPoint>();
        foreach (var time in Changes(rng, start, end, meanMinutes))
        {
            level *= Math.Exp((rng.NextDouble() - 0.5) * 2 * volatility);
            var gap = rng.NextDouble() < gapChance;
            points.Add(new KeepaHistoryPoint(time, gap ? null : shape(level)));
        }
        return points;
    }

    private static List<KeepaHistoryPoint> Grow(Random rng, DateTime start, DateTime end, int meanMinutes, int count) =>
        [.. Changes(rng, start, end, meanMinutes).Select(t => new KeepaHistoryPoint(t, count += rng.Next(0, 3)))];

    private static List<KeepaHistoryTriplet> Triplets(Random rng, DateTime start, DateTime end, int meanMinutes,
        double pence, double gapChance)
    {
        var shipping = ShippingFees[rng.Next(ShippingFees.Length)];
        return
        [
            .. Changes(rng, start, end, meanMinutes).Select(t =>
            {
                pence *= Math.Exp((rng.NextDouble() - 0.5) * 0.08);
                return rng.NextDouble() < gapChance
                    ? new KeepaHistoryTriplet(t, null, null)
                    : new KeepaHistoryTriplet(t, Pounds(pence), shipping);
            }),
        ];
    }

    /// <summary>Minute-aligned change times from start to end, on average every meanMinutes.</summary>
    private static IEnumerable<DateTime> Changes(Random rng, DateTime start, DateTime end, int meanMinutes)
    {
        var time = Minute(start);
        while (time <= end)
        {
            yield return time;
            time = time.AddMinutes(1 + rng.Next(Math.Max(1, 2 * meanMinutes)));
        }
    }

    private static decimal Pounds(double pence) => Money.FromPence((long)Math.Max(1, Math.Round(pence)));

    private static DateTime Minute(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
}
