using System.Collections;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// A decoded series that keeps Keepa's flat int layout privately and builds each point when read.
/// Decoding a two-year history is then a single copy, memory is 4 bytes per wire value (so rank
/// histories stay off the large object heap), and callers that read only recent points pay only
/// for those. Immutable.
/// </summary>
internal abstract class KeepaWireSeries<T>(int[] wire, int stride) : IReadOnlyList<T>
{
    public int Count => wire.Length / stride;

    public T this[int index] =>
        (uint)index < (uint)Count ? At(wire, index * stride) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var offset = 0; offset + stride <= wire.Length; offset += stride)
        {
            yield return At(wire, offset);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    protected abstract T At(int[] values, int offset);
}

/// <summary>(time, pence) pairs as GBP; negative = gap.</summary>
internal sealed class KeepaPriceSeries(int[] wire) : KeepaWireSeries<KeepaPoint<decimal>>(wire, 2)
{
    protected override KeepaPoint<decimal> At(int[] values, int offset) =>
        new(KeepaTime.ToUtc(values[offset]), values[offset + 1] < 0 ? null : Money.FromPence(values[offset + 1]));
}

/// <summary>(time, stars x10) pairs as stars; negative = gap.</summary>
internal sealed class KeepaRatingSeries(int[] wire) : KeepaWireSeries<KeepaPoint<decimal>>(wire, 2)
{
    protected override KeepaPoint<decimal> At(int[] values, int offset) =>
        new(KeepaTime.ToUtc(values[offset]), values[offset + 1] < 0 ? null : values[offset + 1] / 10m);
}

/// <summary>(time, number) pairs; negative = gap unless the sign carries meaning.</summary>
internal sealed class KeepaIntegerSeries(int[] wire, bool gapsBelowZero) : KeepaWireSeries<KeepaPoint<int>>(wire, 2)
{
    protected override KeepaPoint<int> At(int[] values, int offset) =>
        new(KeepaTime.ToUtc(values[offset]), gapsBelowZero && values[offset + 1] < 0 ? null : values[offset + 1]);
}

/// <summary>(time, price, shipping) triplets in GBP; price &lt; 0 = gap, shipping &lt; 0 = unknown.</summary>
internal sealed class KeepaShippingSeries(int[] wire) : KeepaWireSeries<KeepaShippingPoint>(wire, 3)
{
    protected override KeepaShippingPoint At(int[] values, int offset)
    {
        var time = KeepaTime.ToUtc(values[offset]);
        var (price, shipping) = (values[offset + 1], values[offset + 2]);
        return price < 0
            ? new KeepaShippingPoint(time, null, null)
            : new KeepaShippingPoint(time, Money.FromPence(price), shipping < 0 ? null : Money.FromPence(shipping));
    }
}
