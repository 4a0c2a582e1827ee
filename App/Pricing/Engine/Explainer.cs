using System.Globalization;
using System.Runtime.CompilerServices;

namespace SellerConsole.Pricing.Engine;

/// <summary>
/// Turns the engine's steps into the stored decision: one plain English sentence ("Beat the featured
/// offer £12.49 (FBM, 98%) by 1p -> £12.48; max step 5% held it at £12.61; floor £9.87 not reached")
/// (the trail is derived from the stored steps by <see cref="TrailText.Build"/>).
/// </summary>
internal static class Explainer
{
    public static RepricingDecision Refused(RepricingInput input, RepricingStrategy strategy, DecisionInputs inputs, DecisionReason reason, string sentence)
    {
        var steps = Skipped(input.PricePence);
        var step = new StrategyStep(PriceSource.Unchanged, null, null, strategy.Ending, null, null, "not run");
        return Decision(input, strategy, DecisionOutcome.Refused, reason, null, input.PricePence, inputs, step, steps, null, null, sentence);
    }

    public static RepricingDecision StrategyHold(RepricingInput input, RepricingStrategy strategy, DecisionInputs inputs, StrategyResult result)
    {
        return Decision(input, strategy, DecisionOutcome.Hold, result.Hold, null, input.PricePence, inputs, Step(result, null, strategy.Ending), Skipped(input.PricePence), null, null, result.Text);
    }

    public static RepricingDecision Decided(RepricingInput input, RepricingStrategy strategy, DecisionInputs inputs, StrategyResult result, long ended, GuardResult guards)
    {
        var raw = result.Raw!.Value;
        var current = input.PricePence;
        // Built in one stack buffer: this runs for every decision.
        var sentence = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[512]);
        sentence.AppendLiteral(result.Text);
        if (ended != raw)
        {
            sentence.AppendLiteral("; ");
            sentence.AppendLiteral(PriceEndings.Text(strategy.Ending));
            sentence.AppendLiteral(" -> ");
            sentence.AppendFormatted(new Gbp(ended));
        }
        if (guards.Outcome == DecisionOutcome.Hold && guards.Binding is < GuardKind.MaxStep)
        {
            sentence.AppendLiteral("; held at ");
            sentence.AppendFormatted(new Gbp(current));
            sentence.AppendLiteral(": ");
            sentence.AppendLiteral(guards.Steps[(int)guards.Binding.Value].Note);
        }
        else
        {
            for (var i = (int)GuardKind.MaxStep; i < guards.Steps.Count; i++)
            {
                if (guards.Steps[i].Effect == GuardEffect.Clamped)
                {
                    sentence.AppendLiteral("; ");
                    sentence.AppendLiteral(guards.Steps[i].Note);
                }
            }
            if (guards.Outcome == DecisionOutcome.Change && guards.Steps[(int)GuardKind.Floor].Effect != GuardEffect.Clamped)
            {
                sentence.AppendLiteral("; floor ");
                sentence.AppendFormatted(new Gbp(inputs.FloorPence!.Value));
                sentence.AppendLiteral(" not reached");
            }
            else if (guards.Outcome == DecisionOutcome.Hold || (guards.Outcome == DecisionOutcome.NoChange && result.Source != PriceSource.Unchanged))
            {
                sentence.AppendLiteral(guards.Outcome == DecisionOutcome.Hold ? "; stays at " : "; already at ");
                sentence.AppendFormatted(new Gbp(current));
            }
        }

        var lockUntil = guards.Outcome == DecisionOutcome.Change ? result.LockUntilUtc : null;
        return Decision(input, strategy, guards.Outcome, guards.Reason, ended, guards.FinalPence, inputs, Step(result, ended, strategy.Ending), guards.Steps, guards.Binding,
            lockUntil, sentence.ToStringAndClear());
    }

    private static RepricingDecision Decision(RepricingInput input, RepricingStrategy strategy, DecisionOutcome outcome, DecisionReason reason, long? strategyPrice,
        long final, DecisionInputs inputs, StrategyStep step, IReadOnlyList<GuardStep> guards, GuardKind? binding, DateTime? lockUntil, string sentence) =>
        new(input.Sku, input.Asin, strategy.Name, input.NowUtc, outcome, reason, input.PricePence, strategyPrice, final, inputs, step, guards, binding, lockUntil, sentence);

    private static StrategyStep Step(StrategyResult result, long? ended, PriceEnding ending) => new(
        result.Source,
        result.Raw,
        ended,
        ending,
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
