using System.Globalization;

namespace SellerConsole.Pricing.Engine;

/// <summary>The hold guards' checks: each says whether it stops the change, why, and in words.</summary>
internal static class HoldGuards
{
    public static (GuardEffect Effect, DecisionReason Reason, string Note) Check(GuardKind kind, GuardInput input)
    {
        var s = input.Settings;
        var now = input.NowUtc;
        switch (kind)
        {
            case GuardKind.KillSwitch:
                return input.KillSwitch ? Held(DecisionReason.KillSwitch, "the kill switch is on")
                    : input.Mode == RepricingMode.Off ? Held(DecisionReason.ModeOff, "repricing is off for this SKU")
                    : Passed;
            case GuardKind.StaleData:
                if (s.StaleAfterMinutes is not { } staleAfter || input.OffersObservedUtc is not { } observed)
                {
                    return NotApplicable;
                }
                var age = AgeMinutes(observed, now);
                return age > staleAfter
                    ? Held(DecisionReason.StaleData, Text($"offers are {age} min old (limit {staleAfter} min)"))
                    : Passed;
            case GuardKind.Anomaly:
                if (s.AnomalyPercent is not { } limit || input.TargetMove is not { } move || move.PreviousLandedPence <= 0)
                {
                    return NotApplicable;
                }
                return Math.Abs(move.Percent) > limit
                    ? Held(DecisionReason.Anomaly, Text($"the followed offer moved {new Gbp(move.PreviousLandedPence)} -> {new Gbp(move.LandedPence)} ({move.Percent:+0.#;-0.#}%) in one step (limit {limit:0.##}%); not followed without review"))
                    : Passed;
            case GuardKind.SalesLock:
                return input.Counters.LockedUntilUtc is { } locked && locked > now
                    ? Held(DecisionReason.SalesLock, Text($"locked by a sales rule until {(locked + input.UkOffset).ToString("d MMM HH:mm", CultureInfo.InvariantCulture)}"))
                    : input.Counters.LockedUntilUtc is null ? NotApplicable : Passed;
            case GuardKind.Cooldown:
                if (s.CooldownMinutes is not { } cooldown || input.Counters.LastChangeUtc is not { } last)
                {
                    return s.CooldownMinutes is null ? NotApplicable : Passed;
                }
                return last.AddMinutes(cooldown) > now
                    ? Held(DecisionReason.Cooldown, Text($"last change {AgeMinutes(last, now)} min ago (cooldown {cooldown} min)"))
                    : Passed;
            case GuardKind.SkuDailyLimit:
                if (s.MaxChangesPerSkuPerDay is not { } max)
                {
                    return NotApplicable;
                }
                return input.Counters.ChangesToday >= max
                    ? Held(DecisionReason.SkuDailyLimit, Text($"{input.Counters.ChangesToday} changes today (limit {max})"))
                    : Passed;
            default:
                if (input.GlobalDailyBudget is not { } budget)
                {
                    return NotApplicable;
                }
                return input.GlobalChangesToday >= budget
                    ? Held(DecisionReason.GlobalBudget, Text($"the daily change budget of {budget} is used up ({input.GlobalChangesToday} sent)"))
                    : Passed;
        }
    }

    private static readonly (GuardEffect, DecisionReason, string) Passed = (GuardEffect.Passed, DecisionReason.None, "");

    private static readonly (GuardEffect, DecisionReason, string) NotApplicable = (GuardEffect.NotApplicable, DecisionReason.None, "");

    private static (GuardEffect, DecisionReason, string) Held(DecisionReason reason, string note) => (GuardEffect.Held, reason, note);

    private static long AgeMinutes(DateTime from, DateTime now) => Math.Max(0, (long)(now - from).TotalMinutes);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Guard settings in words.</summary>
internal static class GuardText
{
    /// <summary>"max step 5%", "max step £1.00", "max step 5% / £1.00" for the direction moved.</summary>
    public static string MaxStep(GuardSettings s, bool up)
    {
        var pence = up ? s.MaxStepUpPence : s.MaxStepDownPence;
        var percent = up ? s.MaxStepUpPercent : s.MaxStepDownPercent;
        return (pence, percent) switch
        {
            ({ } p, { } pct) => $"max step {PriceText.Percent(pct)} / {PriceText.Step(p)}",
            ({ } p, null) => $"max step {PriceText.Step(p)}",
            (null, { } pct) => $"max step {PriceText.Percent(pct)}",
            _ => "max step",
        };
    }
}
