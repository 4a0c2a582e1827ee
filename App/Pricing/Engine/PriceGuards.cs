namespace SellerConsole.Pricing.Engine;

/// <summary>
/// The hard guards: one pure function, run in the fixed order of <see cref="GuardKind"/>. The hold
/// guards (kill switch/mode, stale data, anomaly, sales lock, cooldown, SKU daily limit, global
/// budget) stop a change; the clamps (max step, floor, ceiling) move the price. Floor and ceiling
/// are absolute: when the max step cannot reach the band (the current price sits outside it) the band
/// wins. Every step is recorded and each step's price starts where the previous one ended.
/// Guarantees (property-tested): a Change lies in [floor, ceiling] and within the max step of the
/// current price whenever the current price is inside the band; anything else keeps the current price.
/// </summary>
public static class PriceGuards
{
    public static GuardResult Apply(GuardInput input)
    {
        var steps = new GuardStep[10];
        var current = input.CurrentPence;
        var floor = Math.Max(input.FloorPence, 1);
        if (input.CeilingPence is { } ceilingValue && ceilingValue < floor)
        {
            for (var i = 0; i < steps.Length; i++)
            {
                steps[i] = new GuardStep((GuardKind)i, GuardEffect.Skipped, current, current, false, "");
            }
            return new GuardResult(DecisionOutcome.Refused, DecisionReason.CeilingBelowFloor, current, steps, null);
        }

        // Where the clamps would put the candidate decides whether any change is proposed at all.
        var (low, high) = StepRange(input);
        var stepped = Math.Clamp(input.CandidatePence, low, high);
        var floored = Math.Max(stepped, floor);
        var final = input.CeilingPence is { } ceiling ? Math.Min(floored, ceiling) : floored;

        var candidate = input.CandidatePence;
        var proposed = final != current;
        var held = (GuardKind?)null;
        var reason = DecisionReason.None;
        for (var kind = GuardKind.KillSwitch; kind <= GuardKind.GlobalBudget; kind++)
        {
            if (!proposed)
            {
                steps[(int)kind] = new GuardStep(kind, GuardEffect.NotNeeded, candidate, candidate, false, "");
                continue;
            }
            if (held is not null)
            {
                steps[(int)kind] = new GuardStep(kind, GuardEffect.Skipped, current, current, false, "");
                continue;
            }
            var (effect, why, note) = HoldGuards.Check(kind, input);
            var holds = effect == GuardEffect.Held;
            steps[(int)kind] = new GuardStep(kind, effect, candidate, holds ? current : candidate, holds, note);
            if (holds)
            {
                held = kind;
                reason = why;
            }
        }
        if (held is { } holdingGuard)
        {
            for (var kind = GuardKind.MaxStep; kind <= GuardKind.Ceiling; kind++)
            {
                steps[(int)kind] = new GuardStep(kind, GuardEffect.Skipped, current, current, false, "");
            }
            return new GuardResult(DecisionOutcome.Hold, reason, current, steps, holdingGuard);
        }

        steps[(int)GuardKind.MaxStep] = Clamp(GuardKind.MaxStep, candidate, stepped, HasStep(input.Settings), input);
        steps[(int)GuardKind.Floor] = Clamp(GuardKind.Floor, stepped, floored, true, input);
        steps[(int)GuardKind.Ceiling] = Clamp(GuardKind.Ceiling, floored, final, input.CeilingPence is not null, input);
        GuardKind? binding = null;
        for (var kind = GuardKind.Ceiling; kind >= GuardKind.MaxStep; kind--)
        {
            if (steps[(int)kind].Effect == GuardEffect.Clamped)
            {
                binding = kind;
                steps[(int)kind] = steps[(int)kind] with { Binding = true };
                break;
            }
        }

        if (proposed)
        {
            return new GuardResult(DecisionOutcome.Change, DecisionReason.None, final, steps, binding);
        }
        return candidate == current
            ? new GuardResult(DecisionOutcome.NoChange, DecisionReason.None, current, steps, null)
            : new GuardResult(DecisionOutcome.Hold, binding == GuardKind.MaxStep ? DecisionReason.MaxStep : DecisionReason.PriceBand, current, steps, binding);
    }

    /// <summary>The lowest and highest price the max step allows from the current price.</summary>
    public static (long Low, long High) StepRange(GuardInput input)
    {
        var s = input.Settings;
        var current = input.CurrentPence;
        var down = Room(current, s.MaxStepDownPence, s.MaxStepDownPercent);
        var up = Room(current, s.MaxStepUpPence, s.MaxStepUpPercent);
        return (down is { } d ? current - d : long.MinValue, up is { } u ? current + u : long.MaxValue);
    }

    private static long? Room(long current, long? pence, decimal? percent)
    {
        long? room = pence is { } p ? Math.Max(p, 0) : null;
        if (percent is { } pct)
        {
            // Rounded down so the step never exceeds the stated percentage.
            var byPercent = current > 0 ? (long)Math.Floor(current * Math.Max(pct, 0m) / 100m) : 0;
            room = room is { } r ? Math.Min(r, byPercent) : byPercent;
        }
        return room;
    }

    private static bool HasStep(GuardSettings s) =>
        s.MaxStepDownPence is not null || s.MaxStepDownPercent is not null || s.MaxStepUpPence is not null || s.MaxStepUpPercent is not null;

    private static GuardStep Clamp(GuardKind kind, long before, long after, bool set, GuardInput input)
    {
        if (!set || before == after)
        {
            return new GuardStep(kind, set ? GuardEffect.Passed : GuardEffect.NotApplicable, before, after, false, "");
        }
        var note = kind switch
        {
            GuardKind.MaxStep => $"{GuardText.MaxStep(input.Settings, up: after < before)} held it at {new Gbp(after)}",
            GuardKind.Floor => $"floor {new Gbp(after)} raised it",
            _ => $"ceiling {new Gbp(after)} capped it",
        };
        return new GuardStep(kind, GuardEffect.Clamped, before, after, false, note);
    }
}
