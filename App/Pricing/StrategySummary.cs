using SellerConsole.Pricing.Engine;

namespace SellerConsole.Pricing;

/// <summary>A strategy in one line for lists: "Beat the featured offer by 1p · floor break-even · max step 10% · cooldown 15 min".</summary>
public static class StrategySummary
{
    public static string Of(RepricingStrategy s)
    {
        var parts = new List<string> { Target(s) };
        if (s.Upward.Enabled) parts.Add(s.Upward.Target == UpwardTarget.Ceiling ? "step up to the ceiling while winning" : "step up towards the next rival while winning");
        if (s.Amazon != AmazonPolicy.Compete) parts.Add(s.Amazon == AmazonPolicy.Ignore ? "ignores Amazon" : "holds while Amazon is on");
        parts.Add("floor " + s.Floor.Text);
        if (s.Ceiling.Basis != CeilingBasis.None) parts.Add("ceiling " + Ceiling(s.Ceiling));
        var g = s.Guards;
        if (g.MaxStepDownPercent is { } down) parts.Add($"max step {down:0.##}%");
        if (g.CooldownMinutes is { } cool) parts.Add($"cooldown {cool} min");
        if (s.VelocityRules.Count > 0) parts.Add($"{s.VelocityRules.Count} sales rule(s)");
        if (s.Schedules.Count > 0) parts.Add($"{s.Schedules.Count} schedule(s)");
        if (s.Ending != PriceEnding.None) parts.Add(s.Ending switch { PriceEnding.NinetyNine => "ends .99", PriceEnding.FortyNine => "ends .49", _ => "whole pounds" });
        return string.Join(" · ", parts);
    }

    private static string Target(RepricingStrategy s)
    {
        var what = s.Kind switch
        {
            StrategyKind.FeaturedOffer => "the featured offer",
            StrategyKind.LowestOffer => "the lowest offer",
            StrategyKind.LowestFba => "the lowest FBA offer",
            StrategyKind.LowestFbm => "the lowest FBM offer",
            StrategyKind.FbaThenFbm => "the lowest FBA, then FBM, offer",
            StrategyKind.ProfitOptimal => null,
            _ => null,
        };
        if (s.Kind == StrategyKind.ProfitOptimal) return "Profit-optimal price from our own sales history (featured offer when data is thin)";
        if (s.Kind == StrategyKind.SalesOnly) return "Sales rules and schedules only";
        var p = s.Position;
        return p.Mode switch
        {
            PositionMode.Match => $"Match {what}",
            PositionMode.BeatByPence => $"Beat {what} by {p.Amount:0}p",
            PositionMode.BeatByPercent => $"Beat {what} by {p.Amount:0.##}%",
            PositionMode.AboveByPence => $"Stay {p.Amount:0}p above {what}",
            _ => $"Stay {p.Amount:0.##}% above {what}",
        };
    }

    private static string Ceiling(CeilingRule c) => c.Basis switch
    {
        CeilingBasis.Manual => c.Pence is { } p ? Shared.Money.FormatPence(p) : "manual",
        CeilingBasis.FloorFactor => $"floor × {c.Factor:0.##}",
        CeilingBasis.BuyBoxHighFactor => $"90-day buy-box high × {c.Factor:0.##}",
        _ => "none",
    };
}
