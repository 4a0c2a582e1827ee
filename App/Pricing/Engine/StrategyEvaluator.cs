using System.Globalization;

namespace SellerConsole.Pricing.Engine;

/// <summary>
/// Runs a strategy to a raw item price (or a hold), in this precedence: a schedule that pauses or
/// sets a price; the first sales-velocity rule that fires; sales-only strategies; the Amazon hold;
/// a suppressed buy box; the profit-optimal estimate (falling back when unsure); competitor pricing.
/// </summary>
internal static class StrategyEvaluator
{
    public static StrategyResult Evaluate(RepricingInput input, RepricingStrategy strategy, MarketView market, ScheduleRule? schedule, long floor, long? ceiling)
    {
        var current = new Gbp(input.PricePence);
        if (schedule is { Action: ScheduleAction.Pause })
        {
            return StrategyResult.Holding(PriceSource.Schedule, DecisionReason.SchedulePause, $"Schedule '{schedule.Name}' pauses repricing: holding at {current}");
        }
        if (schedule is { Action: ScheduleAction.SetPrice })
        {
            return schedule.PricePence is { } set
                ? new StrategyResult(PriceSource.Schedule, set, null, $"Schedule '{schedule.Name}' sets {new Gbp(set)}")
                : StrategyResult.Holding(PriceSource.Schedule, DecisionReason.MissingInput, $"Schedule '{schedule.Name}' sets no price: holding at {current}");
        }
        foreach (var rule in strategy.VelocityRules)
        {
            if (rule.Fires(input.Sales))
            {
                return SalesRule(input, rule);
            }
        }
        if (strategy.Kind == StrategyKind.SalesOnly)
        {
            return new StrategyResult(PriceSource.Unchanged, input.PricePence, null, $"No sales rule fired: price stays at {current}");
        }
        if (market.Amazon is { } amazon && strategy.Amazon == AmazonPolicy.Hold)
        {
            return StrategyResult.Holding(PriceSource.AmazonRule, DecisionReason.AmazonOn, $"Amazon is on the listing at {new Gbp(amazon.LandedPence)}: holding at {current}");
        }

        var kind = strategy.Kind;
        var prefix = "";
        if (input.BuyBox == BuyBoxCondition.Suppressed)
        {
            switch (strategy.Fallbacks.Suppressed)
            {
                case SuppressedAction.Hold:
                    return StrategyResult.Holding(PriceSource.Suppressed, DecisionReason.SuppressedHold, $"Buy box suppressed: holding at {current}");
                case SuppressedAction.LastUnsuppressedPrice:
                    return input.LastUnsuppressedPricePence is { } last
                        ? new StrategyResult(PriceSource.Suppressed, last, null, $"Buy box suppressed: back to the last unsuppressed price {new Gbp(last)}")
                        : StrategyResult.Holding(PriceSource.Suppressed, DecisionReason.MissingInput, $"Buy box suppressed and no unsuppressed price is known: holding at {current}");
                default:
                    kind = StrategyKind.LowestOffer;
                    prefix = "Buy box suppressed; ";
                    break;
            }
        }

        ProfitOptimalEstimate? optimal = null;
        if (kind == StrategyKind.ProfitOptimal)
        {
            var (estimate, price) = ProfitOptimal.Evaluate(input, strategy, market, floor, ceiling);
            if (price is { } best)
            {
                return new StrategyResult(PriceSource.ProfitOptimal, best, market.Lowest(), estimate.Text) { Optimal = estimate, FromOffers = true };
            }
            optimal = estimate;
            prefix += estimate.Text + "; ";
            kind = StrategyKind.FeaturedOffer;
        }

        var result = CompetitivePricing.Price(input, strategy, kind, market, floor, ceiling);
        return prefix.Length == 0 && optimal is null
            ? result
            : result with { Text = prefix + Lower(result.Text), Optimal = optimal };
    }

    private static StrategyResult SalesRule(RepricingInput input, VelocityRule rule)
    {
        var raw = input.PricePence + rule.Change.DeltaFrom(input.PricePence);
        var days = Math.Max(1, rule.LockDays);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Sales rule: {input.Sales.Over(rule.WindowDays)} sold in {rule.WindowDays} {(rule.WindowDays == 1 ? "day" : "days")} ({(rule.When == VelocityComparison.Below ? "below" : "above")} {rule.Units}) -> {rule.Change.Text} -> {new Gbp(raw)}, then locked {days} {(days == 1 ? "day" : "days")}");
        return new StrategyResult(PriceSource.SalesRule, raw, null, text) { LockUntilUtc = input.NowUtc.AddDays(days) };
    }

    /// <summary>Lower-cases a clause's first letter so it can follow a semicolon.</summary>
    public static string Lower(string text) => text.Length > 0 && char.IsUpper(text[0]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
