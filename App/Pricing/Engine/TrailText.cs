namespace SellerConsole.Pricing.Engine;

/// <summary>The trail's lines: inputs, each guard, the result.</summary>
internal static class TrailText
{
    private static readonly string[] Names =
        ["Kill switch", "Stale data", "Anomaly", "Sales lock", "Cooldown", "SKU daily limit", "Global budget", "Max step", "Floor", "Ceiling"];

    // Lines without amounts are the same every time: built once.
    private static readonly string[][] Fixed = Names
        .Select(name => new[] { $"{name}: passed", $"{name}: not set", $"{name}: not needed (no change proposed)", $"{name}: skipped" })
        .ToArray();

    public static string Name(GuardKind kind) => Names[(int)kind];

    /// <summary>The decision's trail: inputs, strategy, ending, each guard, result (refusals and strategy holds stop early).</summary>
    public static IReadOnlyList<string> Build(RepricingDecision d)
    {
        var trail = new List<string>(d.Guards.Count + 4) { Inputs(d.Inputs) };
        if (d.Outcome == DecisionOutcome.Refused)
        {
            trail.Add($"Result: refused ({d.Reason}). {d.Sentence}");
            return trail;
        }
        trail.Add($"Strategy '{d.StrategyName}': {d.Strategy.Text}");
        if (d.StrategyPricePence is null)
        {
            trail.Add($"Result: hold at {new Gbp(d.CurrentPricePence)} ({d.Reason}); guards not run");
            return trail;
        }
        if (d.Strategy.Ending != PriceEnding.None)
        {
            trail.Add($"Ending: {PriceEndings.Text(d.Strategy.Ending)} -> {new Gbp(d.StrategyPricePence.Value)}");
        }
        foreach (var step in d.Guards)
        {
            trail.Add(Guard(step, d.Inputs));
        }
        trail.Add(Result(d.Outcome, d.Reason, d.CurrentPricePence, d.FinalPricePence));
        return trail;
    }

    public static string Inputs(DecisionInputs i)
    {
        var buyBox = i.BuyBox switch
        {
            BuyBoxCondition.Held when i.WeHoldBuyBox => "ours",
            BuyBoxCondition.Held => i.BuyBoxLandedPence is { } p ? $"won by a rival at {new Gbp(p)}" : "won by a rival",
            BuyBoxCondition.Suppressed => "suppressed",
            _ => "none",
        };
        var ceiling = i.CeilingPence is { } c ? $"{new Gbp(c)} ({i.CeilingSource})" : $"none ({i.CeilingSource})";
        var floor = i.FloorPence is { } f ? $"{new Gbp(f)} ({i.FloorSource})" : $"none ({i.FloorSource})";
        var schedule = i.Schedule is null ? "" : $"; schedule '{i.Schedule}' in force";
        var s = i.Sales;
        return $"Inputs: offers {i.OfferAgeMinutes} min old; buy box {buyBox}; {i.OfferCount} competing offers, {i.ConsideredCount} considered" +
            $"{(i.AmazonOn ? ", Amazon on" : "")}; floor {floor}; ceiling {ceiling}; sold {s.Units1d}/{s.Units7d}/{s.Units14d}/{s.Units30d} in 1/7/14/30 days{schedule}";
    }

    public static string Guard(GuardStep step, DecisionInputs inputs)
    {
        var name = Names[(int)step.Guard];
        return step.Effect switch
        {
            GuardEffect.Held => $"{name}: held at {new Gbp(step.AfterPence)}: {step.Note} (binding)",
            GuardEffect.Clamped => $"{name}: {step.Note} ({new Gbp(step.BeforePence)} -> {new Gbp(step.AfterPence)}){(step.Binding ? " (binding)" : "")}",
            GuardEffect.Passed when step.Guard == GuardKind.Floor => $"{name}: passed ({new Gbp(inputs.FloorPence ?? 0)} not reached)",
            GuardEffect.Passed when step.Guard == GuardKind.Ceiling => $"{name}: passed ({new Gbp(inputs.CeilingPence ?? 0)} not reached)",
            GuardEffect.Passed => Fixed[(int)step.Guard][0],
            GuardEffect.NotApplicable => Fixed[(int)step.Guard][1],
            GuardEffect.NotNeeded => Fixed[(int)step.Guard][2],
            _ => Fixed[(int)step.Guard][3],
        };
    }

    public static string Result(DecisionOutcome outcome, DecisionReason reason, long current, long final) => outcome switch
    {
        DecisionOutcome.Change => $"Result: change {new Gbp(current)} -> {new Gbp(final)}",
        DecisionOutcome.Hold => $"Result: hold at {new Gbp(current)} ({reason})",
        DecisionOutcome.NoChange => $"Result: no change at {new Gbp(current)}",
        _ => $"Result: refused ({reason})",
    };
}
