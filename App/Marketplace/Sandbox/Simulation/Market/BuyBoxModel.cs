using System.Runtime.CompilerServices;
namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>What the buy box model needs to know about one offer.</summary>
internal readonly record struct BuyBoxCandidate(
    long LandedPence,
    bool InStock,
    bool IsFba,
    bool IsAmazon,
    double FeedbackPercent,
    int FeedbackCount,
    int ShipMaxDays);

/// <summary>
/// A plausible, deterministic featured-offer model. Eligible offers are in stock, from sellers with
/// good feedback, delivered within a week, and not priced above the competitive threshold. Among
/// them the highest score wins: landed price dominates (10 points per e-fold), FBA/Prime is worth
/// about 3.5% of price, Amazon itself another 5%, then feedback, volume and delivery speed. A small
/// per-period noise term lets near-equal offers share the buy box over time (rotation).
/// </summary>
internal static class BuyBoxModel
{
    public const double PriceWeight = 10.0;
    public const double FbaBonus = 0.35;
    public const double AmazonBonus = 0.5;
    public const double ThresholdRatio = 1.3;

    public static bool IsEligible(in BuyBoxCandidate c, long referenceLandedPence)
    {
        if (!c.InStock || c.LandedPence <= 0) return false;
        if (c.LandedPence > referenceLandedPence * ThresholdRatio) return false;
        if (c.IsAmazon) return true;
        return c.FeedbackPercent >= 90 && c.FeedbackCount >= 20 && c.ShipMaxDays <= 7;
    }

    /// <summary>Index of the winner, or -1 when no offer qualifies (no buy box).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Choose(ReadOnlySpan<BuyBoxCandidate> offers, long referenceLandedPence, ReadOnlySpan<double> noise)
    {
        var minLanded = long.MaxValue;
        for (var i = 0; i < offers.Length; i++)
        {
            if (IsEligible(offers[i], referenceLandedPence)) minLanded = Math.Min(minLanded, offers[i].LandedPence);
        }
        if (minLanded == long.MaxValue) return -1;
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < offers.Length; i++)
        {
            var c = offers[i];
            if (!IsEligible(c, referenceLandedPence)) continue;
            var score = Score(c, minLanded) + (noise.Length > i ? noise[i] : 0);
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    public static double Score(in BuyBoxCandidate c, long minLanded)
    {
        var score = -PriceWeight * Math.Log((double)c.LandedPence / minLanded);
        if (c.IsFba || c.IsAmazon) score += FbaBonus;
        if (c.IsAmazon) score += AmazonBonus;
        else score += (c.FeedbackPercent - 95) * 0.04 + Math.Log(1 + c.FeedbackCount) * 0.02;
        score -= Math.Max(0, c.ShipMaxDays - 3) * 0.08;
        return score;
    }
}
