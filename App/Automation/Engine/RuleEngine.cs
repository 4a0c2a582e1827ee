namespace SellerConsole.Automation.Engine;

/// <summary>One listing's answer (or the rule's, when <see cref="Sku"/> is null): fires or not, because ...</summary>
public sealed record Verdict(string? Sku, bool Fires, string Because);

public sealed record RuleEvaluation(bool Considered, string Summary, IReadOnlyList<Verdict> Verdicts)
{
    public IReadOnlyList<Verdict> Firing => Verdicts.Where(v => v.Fires).ToList();
}

/// <summary>
/// Live: the rule as it runs (off rules and cooldowns count). Test: "what would fire against today's data" before
/// the rule is turned on: the trigger is taken as having happened for every listing, cooldowns are reported but do
/// not block.
/// </summary>
public enum EvaluationMode
{
    Live,
    Test,
}

/// <summary>
/// Decides which listings a rule fires for on a signal and says why for each. Pure: facts, the last firing time
/// per SKU ("*" for a firing not about a listing) and the clock come in; nothing is loaded or done here.
/// </summary>
public static class RuleEngine
{
    public const string RuleLevel = "*";

    public static RuleEvaluation Evaluate(long ruleId, RuleDefinition rule, RuleSignal signal, IReadOnlyList<SkuFacts> facts,
        IReadOnlyDictionary<string, DateTime> lastFired, DateTime nowUtc, DateTime sinceUtc, EvaluationMode mode = EvaluationMode.Live)
    {
        if (mode == EvaluationMode.Live)
        {
            if (!rule.Enabled) return Skip("the rule is off");
            if (signal.CausedByRuleId == ruleId) return Skip($"ignored: {signal.Kind} was caused by this rule's own action");
            if (!TriggerMatches(rule.Trigger, signal, lastFired, nowUtc, sinceUtc, out var why)) return Skip(why);
        }

        var cooldown = TimeSpan.FromMinutes(Math.Max(1, rule.CooldownMinutes));
        var conditions = rule.Trigger.Kind == TriggerKind.Threshold
            ? [Threshold(rule.Trigger), .. rule.Conditions]
            : rule.Conditions;
        var aboutListings = signal.Skus is not null || conditions.Count > 0 || mode == EvaluationMode.Test && rule.Trigger.Kind != TriggerKind.Schedule && IsListingEvent(rule.Trigger);
        if (!aboutListings)
        {
            var verdict = Cooled(RuleLevel, $"{signal.Summary}", lastFired, cooldown, nowUtc, mode, null);
            return new RuleEvaluation(true, signal.Summary, [verdict]);
        }

        var bySku = facts.ToDictionary(f => f.Sku, StringComparer.OrdinalIgnoreCase);
        IEnumerable<string> skus = mode == EvaluationMode.Test || signal.Skus is null || signal.Skus.Count == 0
            ? facts.Select(f => f.Sku)
            : signal.Skus.Distinct(StringComparer.OrdinalIgnoreCase);
        var verdicts = new List<Verdict>();
        foreach (var sku in skus)
        {
            if (!bySku.TryGetValue(sku, out var listing))
            {
                verdicts.Add(new Verdict(sku, false, "does not fire: the SKU is not in the catalogue"));
                continue;
            }
            var reasons = new List<string>();
            string? failed = null;
            foreach (var condition in conditions)
            {
                var (holds, because) = ConditionCheck.Test(condition, listing);
                if (!holds)
                {
                    failed = because;
                    break;
                }
                reasons.Add(because);
            }
            verdicts.Add(failed is not null
                ? new Verdict(listing.Sku, false, $"does not fire: {failed}")
                : Cooled(listing.Sku, reasons.Count == 0 ? signal.Summary : string.Join("; ", reasons), lastFired, cooldown, nowUtc, mode, listing.Sku));
        }
        return new RuleEvaluation(true, signal.Summary, verdicts);
    }

    public static RuleCondition Threshold(RuleTrigger trigger) =>
        new(trigger.Field ?? throw new ArgumentException("A threshold needs a field"), trigger.Operator ?? RuleOperator.Below, trigger.Value ?? "");

    private static bool IsListingEvent(RuleTrigger trigger) =>
        trigger.Kind == TriggerKind.Threshold || trigger.Event is RuleEvents.ListingUpdated or RuleEvents.PriceChanged or RuleEvents.ScoreChanged or RuleEvents.CompetitorDetected;

    private static Verdict Cooled(string key, string reasons, IReadOnlyDictionary<string, DateTime> lastFired, TimeSpan cooldown, DateTime nowUtc,
        EvaluationMode mode, string? sku)
    {
        if (lastFired.TryGetValue(key, out var last) && nowUtc - last < cooldown)
        {
            var until = Shared.UkTime.Format(last + cooldown);
            return mode == EvaluationMode.Test
                ? new Verdict(sku, true, $"would fire: {reasons} (but it is cooling down until {until})")
                : new Verdict(sku, false, $"does not fire: cooling down (fired {Shared.UkTime.Format(last)}, next possible {until}); {reasons}");
        }
        return new Verdict(sku, true, $"{(mode == EvaluationMode.Test ? "would fire" : "fires")}: {reasons}");
    }

    private static bool TriggerMatches(RuleTrigger trigger, RuleSignal signal, IReadOnlyDictionary<string, DateTime> lastFired,
        DateTime nowUtc, DateTime sinceUtc, out string why)
    {
        switch (trigger.Kind)
        {
            case TriggerKind.Event:
                why = $"waits for {trigger.Event}, not {signal.Kind}";
                return string.Equals(trigger.Event, signal.Kind, StringComparison.OrdinalIgnoreCase);
            case TriggerKind.Threshold:
                why = $"thresholds are checked on the periodic check, not on {signal.Kind}";
                return signal.Kind == RuleEvents.Check;
            default:
                if (signal.Kind != RuleEvents.Schedule)
                {
                    why = $"runs on its schedule, not on {signal.Kind}";
                    return false;
                }
                var due = RuleSchedule.LastDueUtc(trigger, nowUtc);
                var last = lastFired.TryGetValue(RuleLevel, out var l) && l > sinceUtc ? l : sinceUtc;
                why = due is null ? "no scheduled time has come yet" : $"already ran for {Shared.UkTime.Format(due)}";
                return due is { } d && d > last;
        }
    }

    private static RuleEvaluation Skip(string why) => new(false, why, []);
}
