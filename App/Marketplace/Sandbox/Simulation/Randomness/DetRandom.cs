namespace SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

/// <summary>
/// A small sequential generator (SplitMix64 stream) for building one entity, e.g. one listing.
/// Each entity gets its own stream keyed by (seed, index, purpose), so entities can be built in
/// parallel or on demand and still come out identical.
/// </summary>
internal sealed class DetRandom(ulong state)
{
    private ulong _state = state;

    public static DetRandom For(int seed, Purpose purpose, long index) =>
        new(SimHash.Of((ulong)seed, (ulong)purpose, (ulong)index));

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public double NextDouble() => SimHash.Unit(NextULong());

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n) => SimHash.Below(NextULong(), n);

    /// <summary>Uniform integer in [min, max] inclusive.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double Between(double min, double max) => min + (max - min) * NextDouble();

    public bool Chance(double p) => NextDouble() < p;

    public double Normal() => SimHash.Normal(NextULong());

    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public T Pick<T>(params T[] items) => items[Next(items.Length)];

    /// <summary>Index chosen with probability proportional to its weight.</summary>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var x = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Count - 1;
    }

    /// <summary>k distinct items in random order (k clamped to the list size).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int k)
    {
        var pool = items.ToList();
        var result = new List<T>(Math.Min(k, pool.Count));
        while (result.Count < k && pool.Count > 0)
        {
            var i = Next(pool.Count);
            result.Add(pool[i]);
            pool[i] = pool[^1];
            pool.RemoveAt(pool.Count - 1);
        }
        return result;
    }
}
