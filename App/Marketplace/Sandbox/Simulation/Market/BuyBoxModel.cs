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
/// A plausible, deterministic featured-offer model that answers to price. Eligible offers are in stock,
/// from sellers with good feedback, delivered within a week, and not priced above the competitive
/// threshold. The cheapest eligible landed price wins outright, so an eligible seller who undercuts the
/// winner takes the buy box once the new price applies (what every repricer relies on, ours included).
/// Offers tied at that price share it: FBA/Prime and Amazon itself, then feedback, volume and delivery
/// speed score them, plus a small per-period noise term that rotates near-equal tied offers over time.
/// </summary>
internal static class BuyBoxModel
{
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
            if (c.LandedPence != minLanded || !IsEligible(c, referenceLandedPence)) continue;
            var score = TieScore(c) + (noise.Length > i ? noise[i] : 0);
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /// <summary>How an offer fares against others at the same landed price (noise aside).</summary>
    public static double TieScore(in BuyBoxCandidate c)
    {
        var score = 0.0;
        if (c.IsFba || c.IsAmazon) score += FbaBonus;
        if (c.IsAmazon) score += AmazonBonus;
        else score += (c.FeedbackPercent - 95) * 0.04 + Math.Log(1 + c.FeedbackCount) * 0.02;
        score -= Math.Max(0, c.ShipMaxDays - 3) * 0.08;
        return score;
    }
}
