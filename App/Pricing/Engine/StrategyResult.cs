namespace SellerConsole.Pricing.Engine;

/// <summary>
/// What the strategy produced before endings and guards: a raw item price, or a hold with its
/// reason, plus what it targeted and whether the price rests on the offer snapshot (staleness and
/// anomaly then apply).
/// </summary>
internal sealed record StrategyResult(PriceSource Source, long? Raw, PricingOffer? Target, string Text)
{
    public DecisionReason Hold { get; init; }

    public bool FromOffers { get; init; }

    /// <summary>The price sits above its target, so an ending rounds up rather than down.</summary>
    public bool RoundUp { get; init; }

    public DateTime? LockUntilUtc { get; init; }

    public ProfitOptimalEstimate? Optimal { get; init; }

    public static StrategyResult Holding(PriceSource source, DecisionReason reason, string text) => new(source, null, null, text) { Hold = reason };
}

/// <summary>Price endings (.99, .49, whole pounds) on an item price.</summary>
public static class PriceEndings
{
    /// <summary>
    /// The nearest price with the ending at or below <paramref name="pence"/> (at or above when
    /// <paramref name="roundUp"/>); unchanged when there is none (under £1 for .99, say).
    /// </summary>
    public static long Apply(long pence, PriceEnding ending, bool roundUp)
    {
        var cents = ending switch
        {
            PriceEnding.NinetyNine => 99,
            PriceEnding.FortyNine => 49,
            PriceEnding.WholePounds => 0,
            _ => -1,
        };
        if (cents < 0 || pence <= 0)
        {
            return pence;
        }
        var candidate = pence / 100 * 100 + cents;
        if (roundUp && candidate < pence)
        {
            candidate += 100;
        }
        else if (!roundUp && candidate > pence)
        {
            candidate -= 100;
        }
        return candidate >= 1 ? candidate : pence;
    }

    public static string Text(PriceEnding ending) => ending switch
    {
        PriceEnding.NinetyNine => ".99 ending",
        PriceEnding.FortyNine => ".49 ending",
        PriceEnding.WholePounds => "whole-pound ending",
        _ => "no ending",
    };
}
