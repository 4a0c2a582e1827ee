using SellerConsole.Pricing.Engine;

namespace SellerConsole.Pricing;

/// <summary>Checks a strategy before it is stored: every problem named by its JSON field path, for RFC 7807 answers and the form.</summary>
public static class StrategyValidator
{
    private const long MaxPence = 10_000_000;

    public static Dictionary<string, string[]> Problems(RepricingStrategy? s)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }
        if (s is null)
        {
            Add("strategy", "Send a strategy.");
            return Done(errors);
        }
        if (string.IsNullOrWhiteSpace(s.Name)) Add("name", "Give the strategy a name.");
        else if (s.Name.Length > 80) Add("name", "The name is at most 80 characters.");
        if (!Enum.IsDefined(s.Kind)) Add("kind", "Unknown kind.");
        Position("position", s.Position, Add);
        if (s.AmazonPosition is { } amazon) Position("amazonPosition", amazon, Add);
        var g = s.Guards ?? GuardSettings.Default;
        Range("guards.maxStepUpPence", g.MaxStepUpPence, 1, MaxPence, Add);
        Range("guards.maxStepDownPence", g.MaxStepDownPence, 1, MaxPence, Add);
        Percent("guards.maxStepUpPercent", g.MaxStepUpPercent, Add);
        Percent("guards.maxStepDownPercent", g.MaxStepDownPercent, Add);
        Range("guards.cooldownMinutes", g.CooldownMinutes, 0, 7 * 24 * 60, Add);
        Range("guards.maxChangesPerSkuPerDay", g.MaxChangesPerSkuPerDay, 1, 1000, Add);
        Range("guards.staleAfterMinutes", g.StaleAfterMinutes, 1, 7 * 24 * 60, Add);
        Percent("guards.anomalyPercent", g.AnomalyPercent, Add);
        var floor = s.Floor ?? FloorRule.BreakEven;
        if (floor.Basis is FloorBasis.TargetMargin && floor.Value is < 0 or >= 90) Add("floor.value", "A target margin is 0 to 90%.");
        if (floor.Basis is FloorBasis.TargetRoi && floor.Value is < 0 or > 1000) Add("floor.value", "A target ROI is 0 to 1000%.");
        if (floor.Basis is FloorBasis.FixedProfit && floor.Value is < 0 or > MaxPence) Add("floor.value", "A fixed profit is 0 to £100,000 (in pence).");
        var ceiling = s.Ceiling ?? CeilingRule.None;
        if (ceiling.Basis is CeilingBasis.FloorFactor or CeilingBasis.BuyBoxHighFactor && ceiling.Factor is < 1 or > 100) Add("ceiling.factor", "The factor is 1 to 100.");
        if (ceiling.Basis == CeilingBasis.Manual && ceiling.Pence is not (>= 1 and <= MaxPence)) Add("ceiling.pence", "A manual ceiling is 1p to £100,000.");
        if (s.Fallbacks?.NoCompetition == NoCompetitionAction.SetPrice && s.Fallbacks.NoCompetitionPricePence is not (>= 1 and <= MaxPence))
            Add("fallbacks.noCompetitionPricePence", "Set the price to use when there is no competition (1p to £100,000).");
        for (var i = 0; i < (s.VelocityRules?.Count ?? 0); i++)
        {
            var rule = s.VelocityRules![i];
            if (rule.WindowDays is not (1 or 7 or 14 or 30)) Add($"velocityRules[{i}].windowDays", "Sales windows are 1, 7, 14 or 30 days.");
            if (rule.Units is < 0 or > 100_000) Add($"velocityRules[{i}].units", "Units are 0 to 100,000.");
            if (rule.LockDays is < 0 or > 365) Add($"velocityRules[{i}].lockDays", "A lock is 0 to 365 days.");
            if (rule.Change is null || rule.Change.Amount == 0) Add($"velocityRules[{i}].change", "Say how much to change the price.");
            else if (rule.Change.Unit == AdjustmentUnit.Percent && Math.Abs(rule.Change.Amount) > 50) Add($"velocityRules[{i}].change", "A percentage change is at most 50%.");
        }
        for (var i = 0; i < (s.Schedules?.Count ?? 0); i++)
        {
            var rule = s.Schedules![i];
            if (string.IsNullOrWhiteSpace(rule.Name)) Add($"schedules[{i}].name", "Name the schedule.");
            if (rule.Window?.FromHour is < 0 or > 23 || rule.Window?.ToHour is < 0 or > 24) Add($"schedules[{i}].window", "Hours are 0 to 24 (UK time).");
            if (rule.Window?.FromDate is { } from && rule.Window.ToDate is { } to && to < from) Add($"schedules[{i}].window", "The period ends before it starts.");
            if (rule.Action == ScheduleAction.SetPrice && rule.PricePence is not (>= 1 and <= MaxPence)) Add($"schedules[{i}].pricePence", "Set the price (1p to £100,000).");
            if (rule.Action == ScheduleAction.SwapMinMax && rule.MinPence is { } min && rule.MaxPence is { } max && max < min) Add($"schedules[{i}].maxPence", "The maximum is below the minimum.");
        }
        return Done(errors);
    }

    private static void Position(string field, Positioning p, Action<string, string> add)
    {
        if (p.Mode is PositionMode.BeatByPence or PositionMode.AboveByPence && p.Amount is < 0 or > 100_000) add(field + ".amount", "An amount in pence is 0 to 100,000.");
        if (p.Mode is PositionMode.BeatByPercent or PositionMode.AboveByPercent && p.Amount is < 0 or > 50) add(field + ".amount", "A percentage is 0 to 50%.");
    }

    private static void Range(string field, long? value, long min, long max, Action<string, string> add)
    {
        if (value is { } v && (v < min || v > max)) add(field, $"Must be {min:N0} to {max:N0}, or empty for no limit.");
    }

    private static void Percent(string field, decimal? value, Action<string, string> add)
    {
        if (value is { } v && (v <= 0 || v > 100)) add(field, "A percentage above 0 and at most 100, or empty for no limit.");
    }

    private static Dictionary<string, string[]> Done(Dictionary<string, List<string>> errors) => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
