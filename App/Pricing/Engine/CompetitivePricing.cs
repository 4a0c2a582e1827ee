namespace SellerConsole.Pricing.Engine;

/// <summary>
/// Competitor pricing: the target offer positioned as the strategy says, upward repricing while we
/// hold the buy box, and the no-competition and below-floor fallbacks.
/// </summary>
internal static class CompetitivePricing
{
    public static StrategyResult Price(RepricingInput input, RepricingStrategy strategy, StrategyKind kind, MarketView market, long floor, long? ceiling)
    {
        PricingOffer? target;
        string what;
        var position = strategy.Position;
        var source = PriceSource.Competitive;
        if (strategy.AmazonPosition is { } amazonPosition && market.Amazon is { } amazon && market.IsConsidered(amazon))
        {
            (target, what, position, source) = (amazon, "Amazon's offer", amazonPosition, PriceSource.AmazonRule);
        }
        else
        {
            target = market.Target(kind);
            what = target is null ? "" : StrategyText.What(kind, target, ReferenceEquals(target, market.Winner));
        }
        if (target is null)
        {
            return NoCompetition(input, strategy.Fallbacks, market, ceiling);
        }
        if (market.WeHoldBuyBox)
        {
            return Upward(input, strategy, target, position, source == PriceSource.AmazonRule ? what : "the next offer", floor, ceiling);
        }
        var raw = position.Apply(target.LandedPence) - input.ShippingPence;
        var result = new StrategyResult(source, raw, target, StrategyText.Positioned(position, what, target, raw, input.ShippingPence))
        {
            FromOffers = true,
            RoundUp = position.IsAbove,
        };
        return BelowFloor(result, input, strategy.Fallbacks, floor, ceiling);
    }

    private static StrategyResult Upward(RepricingInput input, RepricingStrategy strategy, PricingOffer target, Positioning position, string what, long floor, long? ceiling)
    {
        var up = strategy.Upward;
        var current = input.PricePence;
        if (!up.Enabled)
        {
            return new StrategyResult(PriceSource.Unchanged, current, target, $"We hold the buy box: holding at {new Gbp(current)} (upward repricing off)");
        }
        long raw;
        string text;
        if (up.Target == UpwardTarget.Ceiling && ceiling is { } top)
        {
            raw = top;
            text = $"We hold the buy box; up towards the ceiling {new Gbp(top)}";
        }
        else
        {
            raw = position.Apply(target.LandedPence) - input.ShippingPence;
            text = "We hold the buy box; " + StrategyEvaluator.Lower(StrategyText.Positioned(position, what, target, raw, input.ShippingPence));
        }
        if (up.Step is { } step && raw > current)
        {
            var room = Math.Max(1, Math.Abs(step.DeltaFrom(current)));
            if (raw - current > room)
            {
                raw = current + room;
                text += $", one {step.Text} step -> {new Gbp(raw)}";
            }
        }
        if (up.NeverLowerWhileWinning && raw < current)
        {
            raw = current;
            text += $"; never lower while winning: stays at {new Gbp(current)}";
        }
        var result = new StrategyResult(PriceSource.UpwardWhileWinning, raw, target, text) { FromOffers = true, RoundUp = position.IsAbove };
        return BelowFloor(result, input, strategy.Fallbacks, floor, ceiling);
    }

    private static StrategyResult NoCompetition(RepricingInput input, ScenarioFallbacks fallbacks, MarketView market, long? ceiling)
    {
        var what = market.CompetitorCount > 0 ? $"No competition (all {market.CompetitorCount} offers filtered out)" : "No competition";
        var current = new Gbp(input.PricePence);
        return fallbacks.NoCompetition switch
        {
            NoCompetitionAction.Ceiling when ceiling is { } top => new StrategyResult(PriceSource.NoCompetition, top, null, $"{what}: ceiling {new Gbp(top)}") { FromOffers = true },
            NoCompetitionAction.Ceiling => StrategyResult.Holding(PriceSource.NoCompetition, DecisionReason.MissingInput, $"{what} and no ceiling: holding at {current}"),
            NoCompetitionAction.SetPrice when fallbacks.NoCompetitionPricePence is { } set =>
                new StrategyResult(PriceSource.NoCompetition, set, null, $"{what}: set price {new Gbp(set)}") { FromOffers = true },
            NoCompetitionAction.SetPrice => StrategyResult.Holding(PriceSource.NoCompetition, DecisionReason.MissingInput, $"{what} and no set price: holding at {current}"),
            _ => StrategyResult.Holding(PriceSource.NoCompetition, DecisionReason.NoCompetitionHold, $"{what}: holding at {current}"),
        };
    }

    private static StrategyResult BelowFloor(StrategyResult result, RepricingInput input, ScenarioFallbacks fallbacks, long floor, long? ceiling)
    {
        if (result.Raw >= floor)
        {
            return result;
        }
        var text = $"{result.Text}, below the floor {new Gbp(floor)}";
        return fallbacks.BelowFloor switch
        {
            BelowFloorAction.Hold => StrategyResult.Holding(PriceSource.BelowFloor, DecisionReason.BelowFloorHold, $"{text}: holding at {new Gbp(input.PricePence)}") with { Target = result.Target },
            BelowFloorAction.Ceiling when ceiling is { } top => result with { Source = PriceSource.BelowFloor, Raw = top, Text = $"{text}: ceiling {new Gbp(top)} until it passes", RoundUp = false },
            _ => result with { Source = PriceSource.BelowFloor, Raw = floor, Text = $"{text}: floor", RoundUp = true },
        };
    }
}
