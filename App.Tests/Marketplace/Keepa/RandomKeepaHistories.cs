using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

/// <summary>Random Sandbox histories covering every series kind, gaps, the epoch, times before it and sub-minute instants.</summary>
internal static class RandomKeepaHistories
{
    public static readonly DateTime Epoch = new(2011, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Titles = ["Claw hammer 16oz", "Spirit level \"pro\" 600mm", "Drill bits £9.99 ✓ set", "Säge – 5\\6 <b>"];

    public static KeepaWireTokens Tokens(Random rng) => new(
        DateTime.UnixEpoch.AddMilliseconds(rng.NextInt64(1_300_000_000_000, 1_900_000_000_000)),
        rng.Next(-2000, 100_000), rng.Next(0, 60_001), rng.Next(1, 5000), rng.Next(0, 10_000));

    public static KeepaProductHistory Product(Random rng)
    {
        var series = new Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryPoint>>();
        var shipping = new Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryTriplet>>();
        foreach (var s in KeepaSeriesInfo.All.Where(_ => rng.NextDouble() < 0.35))
        {
            var times = Times(rng, rng.Next(0, 16));
            if (s.IsTriplet())
            {
                shipping[s] = [.. times.Select(t => Triplet(rng, t))];
            }
            else
            {
                series[s] = [.. times.Select(t => new KeepaHistoryPoint(t, Value(rng, s.Kind())))];
            }
        }
        return new KeepaProductHistory($"B0{rng.Next(0, 100_000_000):D8}")
        {
            Title = rng.Next(5) == 0 ? null : Titles[rng.Next(Titles.Length)],
            Brand = rng.Next(3) == 0 ? null : "Brand" + rng.Next(100),
            Manufacturer = rng.Next(3) == 0 ? null : "Maker & Sons",
            ProductType = rng.Next(0, 6),
            RootCategory = rng.NextInt64(0, 10_000_000_000),
            TrackingSince = MaybeTime(rng),
            ListedSince = MaybeTime(rng) is { } listed && listed >= Epoch.AddMinutes(1) ? listed : null,
            LastUpdate = MaybeTime(rng),
            LastPriceChange = MaybeTime(rng),
            LastRatingUpdate = MaybeTime(rng),
            Series = series,
            ShippingSeries = shipping,
            BuyBoxSellers = rng.Next(2) == 0 ? null : [.. Times(rng, rng.Next(0, 9)).Select(t => BuyBox(rng, t))],
            Offers = rng.Next(2) == 0 ? null : [.. Enumerable.Range(0, rng.Next(0, 5)).Select(i => Offer(rng, i))],
        };
    }

    public static KeepaStatsWindow? Window(Random rng, IEnumerable<KeepaProductHistory> products)
    {
        if (rng.Next(2) == 0)
        {
            return null;
        }
        var latest = products.SelectMany(Times).DefaultIfEmpty(Epoch).Max();
        return new KeepaStatsWindow(latest.AddMinutes(rng.Next(0, 20_000)), rng.Next(1, 400));
    }

    private static IEnumerable<DateTime> Times(KeepaProductHistory p) =>
        p.Series.Values.SelectMany(s => s.Select(x => x.Utc)).Concat(p.ShippingSeries.Values.SelectMany(s => s.Select(x => x.Utc)));

    private static List<DateTime> Times(Random rng, int count)
    {
        var minute = rng.Next(4) == 0 ? 0 : rng.Next(-100_000, 9_000_000);
        var times = new List<DateTime>(count);
        for (var i = 0; i < count; i++)
        {
            var seconds = rng.Next(5) == 0 ? rng.Next(1, 60) : 0;   // encoders floor to the minute
            times.Add(Epoch.AddMinutes(minute).AddSeconds(seconds));
            minute += rng.Next(0, 5000);
        }
        return times;
    }

    private static DateTime? MaybeTime(Random rng) => rng.Next(3) == 0 ? null : Epoch.AddMinutes(rng.Next(-1000, 9_000_000));

    private static decimal? Value(Random rng, KeepaSeriesKind kind) => kind switch
    {
        KeepaSeriesKind.OfferFetch => rng.Next(-100, 101),
        _ when rng.Next(7) == 0 => null,
        KeepaSeriesKind.Price => rng.Next(0, 5_000_000) / 100m,
        KeepaSeriesKind.Rank => rng.Next(1, 3_000_000),
        KeepaSeriesKind.Count => rng.Next(0, 500),
        KeepaSeriesKind.Rating => rng.Next(0, 51) / 10m,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static KeepaHistoryTriplet Triplet(Random rng, DateTime t) => rng.Next(7) == 0
        ? new KeepaHistoryTriplet(t, null, null)
        : new KeepaHistoryTriplet(t, rng.Next(0, 5_000_000) / 100m, rng.Next(10) == 0 ? null : rng.Next(0, 2000) / 100m);

    private static KeepaBuyBoxChange BuyBox(Random rng, DateTime t) => rng.Next(7) switch
    {
        0 => new KeepaBuyBoxChange(t, null),
        1 => new KeepaBuyBoxChange(t, null, UnknownSeller: true),
        _ => new KeepaBuyBoxChange(t, $"A{rng.Next(0, 1_000_000):D6}SELLER"),
    };

    private static KeepaOfferHistory Offer(Random rng, int index) => new(
        index * 3 + rng.Next(3), $"A{rng.Next(0, 1000):D3}OFFERER", rng.Next(0, 11), rng.Next(2) == 0, rng.Next(5) == 0,
        rng.Next(2) == 0, rng.Next(4) != 0, rng.Next(3) != 0, Epoch.AddMinutes(rng.Next(0, 9_000_000)),
        [.. Times(rng, rng.Next(0, 9)).Select(t => Triplet(rng, t))]);
}
