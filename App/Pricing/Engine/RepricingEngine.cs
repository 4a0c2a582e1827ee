namespace SellerConsole.Pricing.Engine;

/// <summary>
/// The repricer's pure core: one input and one strategy in, one explained decision out. No clock,
/// database or logger: "now" and UK local time come in with the input. Thread-safe.
/// Pipeline: schedule in force -> floor and ceiling (no floor: refused) -> strategy's raw price (or a
/// hold) -> price ending -> the hard guards in their fixed order -> outcome, sentence and trail.
/// </summary>
public static class RepricingEngine
{
    public static RepricingDecision Decide(RepricingInput input, RepricingStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(strategy);
        var market = MarketView.Of(input, strategy);
        var schedule = ScheduleInForce(strategy.Schedules, input.NowUk);
        var swap = schedule is { Action: ScheduleAction.SwapMinMax } ? schedule : null;
        var floor = swap?.MinPence is { } min
            ? new PriceLimit(min >= 1 ? min : null, min >= 1 ? $"schedule '{swap.Name}'" : $"schedule '{swap.Name}' sets a floor of {new Gbp(min)}, which is not a price")
            : input.KnownFloor ?? FloorCalculator.Floor(strategy.Floor, input.Profit, input.ManualFloorPence);
        var ceiling = swap?.MaxPence is { } max
            ? new PriceLimit(max, $"schedule '{swap.Name}'")
            : CeilingCalculator.Ceiling(strategy.Ceiling, floor.Pence, input.BuyBoxHigh90dLandedPence, input.ShippingPence, input.ManualCeilingPence);
        var inputs = Summary(input, market, floor, ceiling, schedule);

        if (floor.Pence is not { } floorPence)
        {
            return Explainer.Refused(input, strategy, inputs, DecisionReason.NoFloor, $"Not repriced: {floor.Source} (no floor, no repricing)");
        }
        if (ceiling.Pence is { } ceilingPence && ceilingPence < floorPence)
        {
            return Explainer.Refused(input, strategy, inputs, DecisionReason.CeilingBelowFloor,
                $"Not repriced: the ceiling {new Gbp(ceilingPence)} ({ceiling.Source}) is below the floor {new Gbp(floorPence)} ({floor.Source})");
        }

        var result = StrategyEvaluator.Evaluate(input, strategy, market, schedule, floorPence, ceiling.Pence);
        if (result.Raw is not { } raw)
        {
            return Explainer.StrategyHold(input, strategy, inputs, result);
        }
        var ended = PriceEndings.Apply(raw, strategy.Ending, result.RoundUp);
        var guards = PriceGuards.Apply(new GuardInput(
            input.PricePence,
            ended,
            floorPence,
            ceiling.Pence,
            strategy.Guards,
            input.Mode,
            input.KillSwitch,
            input.NowUtc,
            input.NowUk - input.NowUtc,
            result.FromOffers ? input.OffersObservedUtc : null,
            Move(result.Target, input.PreviousPrices),
            input.Counters,
            input.GlobalChangesToday,
            input.GlobalDailyBudget));
        return Explainer.Decided(input, strategy, inputs, result, ended, guards);
    }

    /// <summary>The first schedule whose window contains the UK local time, if any.</summary>
    public static ScheduleRule? ScheduleInForce(IReadOnlyList<ScheduleRule> schedules, DateTime nowUk)
    {
        for (var i = 0; i < schedules.Count; i++)
        {
            if (schedules[i].Window.Contains(nowUk))
            {
                return schedules[i];
            }
        }
        return null;
    }

    private static TargetMove? Move(PricingOffer? target, IReadOnlyList<SellerPrice> previous)
    {
        if (target is null)
        {
            return null;
        }
        for (var i = 0; i < previous.Count; i++)
        {
            if (previous[i].SellerId == target.SellerId)
            {
                return new TargetMove(target.SellerId, previous[i].LandedPence, target.LandedPence);
            }
        }
        return null;
    }

    private static DecisionInputs Summary(RepricingInput input, MarketView market, PriceLimit floor, PriceLimit ceiling, ScheduleRule? schedule) => new(
        (int)Math.Clamp((input.NowUtc - input.OffersObservedUtc).TotalMinutes, 0, int.MaxValue),
        input.BuyBox,
        market.WeHoldBuyBox,
        input.BuyBox == BuyBoxCondition.Held ? (market.WeHoldBuyBox ? input.LandedPence : market.Winner?.LandedPence) : null,
        market.CompetitorCount,
        market.ConsideredCount,
        market.Amazon is not null,
        input.ShippingPence,
        floor.Pence,
        floor.Source,
        ceiling.Pence,
        ceiling.Source,
        input.Sales,
        schedule?.Name);
}
