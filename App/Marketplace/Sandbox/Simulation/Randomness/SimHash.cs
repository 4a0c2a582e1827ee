namespace SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

/// <summary>
/// Keyed randomness: every draw in the simulation is a pure function of (seed, entity, time index,
/// purpose). Because no draw depends on how many draws came before it, the world's state at a time
/// does not depend on how the caller stepped the clock to get there.
/// </summary>
internal static class SimHash
{
    /// <summary>SplitMix64's finaliser: a cheap bijective avalanche of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Of(ulong seed, ulong a) => Mix(seed ^ Mix(a ^ 0x5851F42D4C957F2DUL));

    public static ulong Of(ulong seed, ulong a, ulong b) => Mix(Of(seed, a) ^ Mix(b + 0x14057B7EF767814FUL));

    public static ulong Of(ulong seed, ulong a, ulong b, ulong c) =>
        Mix(Of(seed, a, b) ^ Mix(c + 0x2545F4914F6CDD1DUL));

    public static ulong Of(ulong seed, ulong a, ulong b, ulong c, ulong d) =>
        Mix(Of(seed, a, b, c) ^ Mix(d + 0x9FB21C651E98DF25UL));

    /// <summary>Uniform in [0, 1) from the top 53 bits.</summary>
    public static double Unit(ulong h) => (h >> 11) * (1.0 / (1UL << 53));

    /// <summary>A second, independent uniform from the same key (for two-draw decisions).</summary>
    public static double Unit2(ulong h) => Unit(Mix(h ^ 0xD1B54A32D192ED03UL));

    public static int Below(ulong h, int n) => (int)((h >> 32) * (ulong)n >> 32);

    /// <summary>Zero-mean, unit-variance triangular draw: a cheap bell-ish shape where tails do not matter.</summary>
    public static double Symmetric(ulong h) => (Unit(h) + Unit2(h) - 1.0) * 2.449489742783178;

    /// <summary>Standard normal by Box-Muller from one key.</summary>
    public static double Normal(ulong h)
    {
        var u1 = 1.0 - Unit(h);
        var u2 = Unit2(h);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Poisson count by inversion (normal approximation for large means).</summary>
    public static int Poisson(ulong h, double mean)
    {
        if (mean <= 0) return 0;
        if (mean > 60)
        {
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal(h)));
        }
        var u = Unit(h);
        var p = Math.Exp(-mean);
        var cdf = p;
        var k = 0;
        while (u > cdf && k < 1000)
        {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }
}
