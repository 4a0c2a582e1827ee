namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// Keepa's token bucket at <see cref="AsOf"/>: the next refill of <see cref="RefillRatePerMinute"/>
/// tokens lands after <see cref="RefillIn"/>, then one every minute. Unused tokens expire after an
/// hour, so the balance never climbs above an hour of refills (<see cref="Capacity"/>).
/// </summary>
public sealed record KeepaTokenState(int TokensLeft, int RefillRatePerMinute, TimeSpan RefillIn, DateTime AsOf)
{
    public int Capacity => RefillRatePerMinute * 60;

    /// <summary>Balance expected at <paramref name="at"/> if nothing is spent meanwhile.</summary>
    public int TokensAt(DateTime at)
    {
        var firstRefill = AsOf + ClampedRefillIn;
        if (RefillRatePerMinute <= 0 || at < firstRefill || TokensLeft >= Capacity)
        {
            return TokensLeft;
        }
        var refills = 1 + (at - firstRefill).Ticks / TimeSpan.TicksPerMinute;
        return (int)Math.Min(TokensLeft + refills * RefillRatePerMinute, Capacity);
    }

    /// <summary>
    /// The first instant at which the balance reaches <paramref name="tokens"/>; null when it never
    /// will (no refill, or more than the bucket can hold).
    /// </summary>
    public DateTime? WhenAvailable(int tokens)
    {
        if (tokens <= TokensLeft)
        {
            return AsOf;
        }
        if (RefillRatePerMinute <= 0 || tokens > Capacity)
        {
            return null;
        }
        var missing = (long)tokens - TokensLeft;
        var refills = (missing + RefillRatePerMinute - 1) / RefillRatePerMinute;
        return AsOf + ClampedRefillIn + TimeSpan.FromMinutes(refills - 1);
    }

    private TimeSpan ClampedRefillIn => RefillIn < TimeSpan.Zero ? TimeSpan.Zero : RefillIn;
}
