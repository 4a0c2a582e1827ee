using System.Text;

namespace SellerConsole.Pricing.Engine;

/// <summary>
/// Turns the engine's steps into the stored decision: one plain English sentence ("Beat the featured
/// offer £12.49 (FBM, 98%) by 1p -> £12.48; max step 5% held it at £12.61; floor £9.87 not reached")
/// and a trail with one line per step.
/// </summary>
internal static class Explainer
{
    public static RepricingDecision Refused(RepricingInput input, RepricingStrategy strategy, DecisionInputs inputs, DecisionReason reason, string sentence)
    {
        var steps = Skipped(input.PricePence);
        var step = new StrategyStep(PriceSource.Unchanged, null, null, null, null, "not run");
        var trail = new List<string>(4) { TrailText.Inputs(inputs), $"Result: refused. {sentence}" };
        return Decision(input, strategy, DecisionOutcome.Refused, reason, null, input.PricePence, inputs, step, steps, null, null, sentence, trail);
    }

    public static RepricingDecision StrategyHold(RepricingInput input, RepricingStrategy strategy, DecisionInputs inputs, StrategyResult result)
    {
        var trail = new List<string>(4)
        {
            TrailText.Inputs(inputs),
            $"Strategy '{strategy.Name}': {result.Text}",
            $"Result: hold at {new Gbp(input.PricePence)} ({result.Hold}); guards not run",
        };
        return Decision(input, strategy, DecisionOutcome.Hold, result.Hold, null, input.PricePence, inputs, Step(result, null), Skipped(input.PricePence), null, null, result.Text, trail);
    }

    public static RepricingDecision Decided(RepricingInput input, RepricingStrategy strategy, DecisionInputs inputs, StrategyResult result, long ended, GuardResult guards)
    {
        var raw = result.Raw!.Value;
        var current = input.PricePence;
        var sentence = new StringBuilder(result.Text, 200);
        if (ended != raw)
        {
            sentence.Append("; ").Append(PriceEndings.Text(strategy.Ending)).Append(" -> ").Append(new Gbp(ended));
        }
        var held = guards.Outcome == DecisionOutcome.Hold && guards.Binding is < GuardKind.MaxStep;
        if (held)
        {
            sentence.Append("; held at ").Append(new Gbp(current)).Append(": ").Append(guards.Steps[(int)guards.Binding!.Value].Note);
        }
        else
        {
            for (var i = (int)GuardKind.MaxStep; i < guards.Steps.Count; i++)
            {
                if (guards.Steps[i].Effect == GuardEffect.Clamped)
                {
                    sentence.Append("; ").Append(guards.Steps[i].Note);
                }
            }
            if (guards.Outcome == DecisionOutcome.Change && guards.Steps[(int)GuardKind.Floor].Effect != GuardEffect.Clamped)
            {
                sentence.Append("; floor ").Append(new Gbp(inputs.FloorPence!.Value)).Append(" not reached");
            }
            else if (guards.Outcome == DecisionOutcome.Hold)
            {
                sentence.Append("; stays at ").Append(new Gbp(current));
            }
            else if (guards.Outcome == DecisionOutcome.NoChange && result.Source != PriceSource.Unchanged)
            {
                sentence.Append("; already at ").Append(new Gbp(current));
            }
        }

        var trail = new List<string>(guards.Steps.Count + 4)
        {
            TrailText.Inputs(inputs),
            $"Strategy '{strategy.Name}': {result.Text}",
        };
        if (strategy.Ending != PriceEnding.None)
        {
            trail.Add($"Ending: {PriceEndings.Text(strategy.Ending)} -> {new Gbp(ended)}");
        }
        foreach (var step in guards.Steps)
        {
            trail.Add(TrailText.Guard(step, inputs));
        }
        trail.Add(TrailText.Result(guards.Outcome, guards.Reason, current, guards.FinalPence));
        var lockUntil = guards.Outcome == DecisionOutcome.Change ? result.LockUntilUtc : null;
        return Decision(input, strategy, guards.Outcome, guards.Reason, ended, guards.FinalPence, inputs, Step(result, ended), guards.Steps, guards.Binding,
            lockUntil, sentence.ToString(), trail);
    }

    private static RepricingDecision Decision(RepricingInput input, RepricingStrategy strategy, DecisionOutcome outcome, DecisionReason reason, long? strategyPrice,
        long final, DecisionInputs inputs, StrategyStep step, IReadOnlyList<GuardStep> guards, GuardKind? binding, DateTime? lockUntil, string sentence, IReadOnlyList<string> trail) =>
        new(input.Sku, input.Asin, strategy.Name, input.NowUtc, outcome, reason, input.PricePence, strategyPrice, final, inputs, step, guards, binding, lockUntil, sentence, trail);

    private static StrategyStep Step(StrategyResult result, long? ended) => new(
        result.Source,
        result.Raw,
        ended,
        result.Target is { } t ? new OfferSummary(t.SellerId, t.SellerName, t.LandedPence, t.IsFba, t.IsAmazon, t.FeedbackPercent) : null,
        result.Optimal,
        result.Text);

    private static GuardStep[] Skipped(long current)
    {
        var steps = new GuardStep[(int)GuardKind.Ceiling + 1];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = new GuardStep((GuardKind)i, GuardEffect.Skipped, current, current, false, "");
        }
        return steps;
    }
}
