using SellerConsole.Pricing.Engine;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>Every promise of the guards, checked from the definitions (shared with the engine property test).</summary>
internal static class GuardInvariants
{
    public static void Check(GuardInput input, GuardResult result, string label)
    {
        var current = input.CurrentPence;
        var floor = Math.Max(1, input.FloorPence);
        var s = input.Settings;
        if (!(result.Steps.Count == 10))
        {
            Assert.Fail(label);
        }
        for (var i = 0; i < 10; i++)
        {
            if (!(result.Steps[i].Guard == (GuardKind)i))
            {
                Assert.Fail($"{label}: step {i} out of order");
            }
        }

        if (input.CeilingPence < floor)
        {
            if (!(result.Outcome == DecisionOutcome.Refused && result.FinalPence == current))
            {
                Assert.Fail($"{label}: ceiling below floor must refuse");
            }
            return;
        }
        if (!(result.Outcome != DecisionOutcome.Refused))
        {
            Assert.Fail($"{label}: refused without cause");
        }

        // A hold (or no change) never changes the price.
        if (result.Outcome != DecisionOutcome.Change)
        {
            if (!(result.FinalPence == current))
            {
                Assert.Fail($"{label}: {result.Outcome} moved the price {current} -> {result.FinalPence}");
            }
        }
        else
        {
            var final = result.FinalPence;
            if (!(final != current))
            {
                Assert.Fail($"{label}: a change to the same price");
            }
            if (!(final >= floor && final >= 1))
            {
                Assert.Fail($"{label}: {final} below floor {floor}");
            }
            if (!(input.CeilingPence is null || final <= input.CeilingPence))
            {
                Assert.Fail($"{label}: {final} above ceiling {input.CeilingPence}");
            }
            var down = Room(current, s.MaxStepDownPence, s.MaxStepDownPercent);
            var up = Room(current, s.MaxStepUpPence, s.MaxStepUpPercent);
            var inBand = current >= floor && (input.CeilingPence is null || current <= input.CeilingPence);
            if (inBand)
            {
                if (!(final >= current - down && final <= current + up))
                {
                    Assert.Fail($"{label}: step {current} -> {final} exceeds down {down} / up {up}");
                }
            }
            else if (current < floor)
            {
                if (!(final <= Math.Max(floor, current + up)))
                {
                    Assert.Fail($"{label}: from below the floor, {final} overshoots");
                }
            }
            else
            {
                if (!(final >= Math.Min(input.CeilingPence!.Value, current - down)))
                {
                    Assert.Fail($"{label}: from above the ceiling, {final} undershoots");
                }
            }
            // Every hold guard's condition must be false for a change to leave.
            if (input.KillSwitch || input.Mode == RepricingMode.Off)
            {
                Assert.Fail($"{label}: changed with the kill switch or mode off");
            }
            if (s.StaleAfterMinutes is { } stale && input.OffersObservedUtc is { } seen && (input.NowUtc - seen).TotalMinutes >= stale + 1)
            {
                Assert.Fail($"{label}: changed on stale offers");
            }
            if (s.AnomalyPercent is { } limit && input.TargetMove is { PreviousLandedPence: > 0 } m
                && Math.Abs(m.LandedPence - m.PreviousLandedPence) * 100m > limit * m.PreviousLandedPence)
            {
                Assert.Fail($"{label}: followed an anomaly");
            }
            if (input.Counters.LockedUntilUtc > input.NowUtc)
            {
                Assert.Fail($"{label}: changed while locked");
            }
            if (s.CooldownMinutes is { } cool && input.Counters.LastChangeUtc?.AddMinutes(cool) > input.NowUtc)
            {
                Assert.Fail($"{label}: changed in cooldown");
            }
            if (input.Counters.ChangesToday >= s.MaxChangesPerSkuPerDay)
            {
                Assert.Fail($"{label}: over the SKU's daily limit");
            }
            if (input.GlobalChangesToday >= input.GlobalDailyBudget)
            {
                Assert.Fail($"{label}: over the global budget");
            }
        }

        // Each step starts where the previous ended; the binding guard is the last one that moved the
        // price, a hold guard counting as moving the proposed price back to the current one.
        if (!(result.Steps[0].BeforePence == input.CandidatePence))
        {
            Assert.Fail($"{label}: the first step does not start at the candidate");
        }
        GuardKind? lastMover = null;
        for (var i = 0; i < 10; i++)
        {
            var step = result.Steps[i];
            if (i > 0)
            {
                if (!(step.BeforePence == result.Steps[i - 1].AfterPence))
                {
                    Assert.Fail($"{label}: step {step.Guard} does not start where {result.Steps[i - 1].Guard} ended");
                }
            }
            if (step.BeforePence != step.AfterPence || step.Effect == GuardEffect.Held)
            {
                lastMover = step.Guard;
            }
            if (!(step.Binding == (step.Guard == result.Binding)))
            {
                Assert.Fail($"{label}: binding flag on {step.Guard} disagrees with {result.Binding}");
            }
        }
        if (!(result.Steps[9].AfterPence == result.FinalPence))
        {
            Assert.Fail($"{label}: the last step does not end at the final price");
        }
        if (!(result.Binding == lastMover))
        {
            Assert.Fail($"{label}: binding {result.Binding} but the last guard to move the price was {lastMover}");
        }
        if (result.Outcome == DecisionOutcome.Hold && result.Binding is { } holder && holder < GuardKind.MaxStep)
        {
            if (!(result.Steps[(int)holder].Effect == GuardEffect.Held))
            {
                Assert.Fail($"{label}: holding guard not marked held");
            }
        }
    }

    private static long Room(long current, long? pence, decimal? percent)
    {
        var room = long.MaxValue / 4;
        if (pence is { } p)
        {
            room = Math.Min(room, Math.Max(0, p));
        }
        if (percent is { } pct)
        {
            room = Math.Min(room, current <= 0 ? 0 : (long)(current * Math.Max(0m, pct) / 100m));
        }
        return room;
    }
}
