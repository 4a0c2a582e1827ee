using SellerConsole.Marketplace.Keepa;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Keepa;

/// <summary>
/// The encoder's own knowledge of Keepa's wire format, written independently of the decoder's
/// tables so a round trip through both really checks them against each other.
/// </summary>
internal static class KeepaWireFormat
{
    public const int SeriesCount = 36;
    public const int RatingIndex = 16;

    private const long UnixMinutesAtKeepaEpoch = 21_564_000;

    // Shipping ("S") series: NEW_FBM_SHIPPING, BUY_BOX_SHIPPING .. EBAY_USED_SHIPPING, BUY_BOX_USED_SHIPPING.
    private static readonly int[] TripletIndices = [7, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 32];

    private static readonly int[] PlainPriceIndices = [0, 1, 2, 4, 5, 6, 8, 9, 10, 30, 31, 33];

    public static bool IsTriplet(int index) => TripletIndices.Contains(index);

    public static bool IsPrice(int index) => IsTriplet(index) || PlainPriceIndices.Contains(index);

    public static int Minute(DateTime utc)
    {
        if (utc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException($"Sandbox Keepa times must be UTC, got Kind={utc.Kind}.", nameof(utc));
        }
        var unixMs = new DateTimeOffset(utc).ToUnixTimeMilliseconds();
        return (int)(Math.Floor(unixMs / 60000.0) - UnixMinutesAtKeepaEpoch);
    }

    /// <summary>Wire value of a pair series: pence for prices, stars x10 for the rating, else the number.</summary>
    public static int Value(int index, decimal? value)
    {
        if (value is not { } v)
        {
            return -1;
        }
        if (IsPrice(index))
        {
            return checked((int)Money.ToPence(v));
        }
        var scaled = index == RatingIndex ? v * 10m : v;
        return scaled == decimal.Truncate(scaled)
            ? checked((int)scaled)
            : throw new ArgumentException($"csv[{index}] value {v} cannot be written as a whole number.");
    }

    public static int[] Pairs(KeepaSeries series, IReadOnlyList<KeepaHistoryPoint> points)
    {
        var index = (int)series;
        if (IsTriplet(index))
        {
            throw new ArgumentException($"csv[{index}] is a shipping series: give it triplets.");
        }
        var wire = new int[points.Count * 2];
        for (var i = 0; i < points.Count; i++)
        {
            wire[2 * i] = Minute(points[i].Utc);
            wire[2 * i + 1] = Value(index, points[i].Value);
        }
        return wire;
    }

    public static int[] Triplets(IReadOnlyList<KeepaHistoryTriplet> points)
    {
        var wire = new int[points.Count * 3];
        for (var i = 0; i < points.Count; i++)
        {
            var price = points[i].Price;
            wire[3 * i] = Minute(points[i].Utc);
            wire[3 * i + 1] = price is null ? -1 : checked((int)Money.ToPence(price.Value));
            wire[3 * i + 2] = price is null || points[i].Shipping is null ? -1 : checked((int)Money.ToPence(points[i].Shipping!.Value));
        }
        return wire;
    }

    /// <summary>Builds <c>csv</c>: index -> flat wire array (null where the series is absent).</summary>
    public static int[]?[] Csv(KeepaProductHistory product)
    {
        var csv = new int[]?[SeriesCount];
        foreach (var (series, points) in product.Series)
        {
            csv[(int)series] = Pairs(series, points);
        }
        foreach (var (series, points) in product.ShippingSeries)
        {
            if (!IsTriplet((int)series))
            {
                throw new ArgumentException($"csv[{(int)series}] is not a shipping series: give it pairs.");
            }
            csv[(int)series] = Triplets(points);
        }
        return csv;
    }

    /// <summary>(time, value) steps of a series, with triplets reduced to their landed price.</summary>
    public static (int Time, int Value)[] Steps(int index, int[] wire)
    {
        var stride = IsTriplet(index) ? 3 : 2;
        var steps = new (int, int)[wire.Length / stride];
        for (var i = 0; i < steps.Length; i++)
        {
            var value = wire[i * stride + 1];
            if (stride == 3 && value >= 0)
            {
                value += Math.Max(wire[i * stride + 2], 0);
            }
            steps[i] = (wire[i * stride], value);
        }
        return steps;
    }
}
