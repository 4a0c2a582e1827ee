namespace SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

/// <summary>
/// A keyed bijection on [0, domain): turns sequential indices into random-looking identifiers that
/// are unique by construction (no collision checks, no global set) and can be inverted, so an
/// Amazon order id leads straight back to its ASIN and sequence number.
/// Balanced Feistel network on the smallest even bit width covering the domain, with cycle walking.
/// A struct, so a throwaway permutation (the market's daily shuffle of the catalogue) costs no allocation.
/// </summary>
internal readonly struct FeistelPermutation
{
    private const int Rounds = 6;
    private readonly ulong _domain;
    private readonly ulong _key;
    private readonly int _halfBits;
    private readonly ulong _halfMask;

    public FeistelPermutation(ulong domain, ulong key)
    {
        if (domain < 4) throw new ArgumentOutOfRangeException(nameof(domain));
        _domain = domain;
        _key = key;
        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(domain - 1);
        if (bits % 2 == 1) bits++;
        _halfBits = bits / 2;
        _halfMask = _halfBits == 32 ? uint.MaxValue : (1UL << _halfBits) - 1;
    }

    public ulong Domain => _domain;

    public ulong Forward(ulong x)
    {
        if (x >= _domain) throw new ArgumentOutOfRangeException(nameof(x));
        do { x = Encrypt(x); } while (x >= _domain);
        return x;
    }

    public ulong Inverse(ulong y)
    {
        if (y >= _domain) throw new ArgumentOutOfRangeException(nameof(y));
        do { y = Decrypt(y); } while (y >= _domain);
        return y;
    }

    private ulong Round(ulong half, int round) => SimHash.Of(_key, half, (ulong)round) & _halfMask;

    private ulong Encrypt(ulong x)
    {
        var left = x >> _halfBits;
        var right = x & _halfMask;
        for (var r = 0; r < Rounds; r++)
        {
            (left, right) = (right, left ^ Round(right, r));
        }
        return (left << _halfBits) | right;
    }

    private ulong Decrypt(ulong y)
    {
        var left = y >> _halfBits;
        var right = y & _halfMask;
        for (var r = Rounds - 1; r >= 0; r--)
        {
            (left, right) = (right ^ Round(left, r), left);
        }
        return (left << _halfBits) | right;
    }
}
