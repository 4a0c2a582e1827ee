namespace SellerConsole.Pricing.Engine;

/// <summary>
/// A sales-velocity rule: when our units over <see cref="WindowDays"/> (1, 7, 14 or 30) are below or
/// above <see cref="Units"/>, change the current price by <see cref="Change"/>, then lock the price
/// for <see cref="LockDays"/> (at least 1, so a rule cannot fire at every offers sync).
/// </summary>
public sealed record VelocityRule(int WindowDays, VelocityComparison When, int Units, PriceAdjustment Change, int LockDays)
{
    public bool Fires(SalesVelocity sales)
    {
        var sold = sales.Over(WindowDays);
        return When == VelocityComparison.Below ? sold < Units : sold > Units;
    }
}

/// <summary>
/// A time-based schedule. While <see cref="Window"/> matches UK local time: Pause, SetPrice
/// (<see cref="PricePence"/>), or SwapMinMax (<see cref="MinPence"/>/<see cref="MaxPence"/> replace the
/// floor/ceiling; either may be left out).
/// </summary>
public sealed record ScheduleRule(string Name, ScheduleWindow Window, ScheduleAction Action, long? PricePence = null, long? MinPence = null, long? MaxPence = null);

/// <summary>
/// When a schedule is in force, in UK local time. Every part that is set must match: the weekdays,
/// the hours (<see cref="FromHour"/> inclusive to <see cref="ToHour"/> exclusive, wrapping past
/// midnight when From &gt; To), and the dates (inclusive).
/// </summary>
public sealed record ScheduleWindow(
    IReadOnlyList<DayOfWeek>? Days = null,
    int? FromHour = null,
    int? ToHour = null,
    DateOnly? FromDate = null,
    DateOnly? ToDate = null)
{
    public bool Contains(DateTime ukLocal)
    {
        if (Days is { Count: > 0 } days && !Contains(days, ukLocal.DayOfWeek))
        {
            return false;
        }
        var date = DateOnly.FromDateTime(ukLocal);
        if ((FromDate is { } from && date < from) || (ToDate is { } to && date > to))
        {
            return false;
        }
        if (FromHour is not { } start || ToHour is not { } end || start == end)
        {
            return true;
        }
        var hour = ukLocal.Hour;
        return start < end ? hour >= start && hour < end : hour >= start || hour < end;
    }

    private static bool Contains(IReadOnlyList<DayOfWeek> days, DayOfWeek day)
    {
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i] == day)
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>
/// Settings of the profit-optimal strategy: how much history it needs, and the confidence below which
/// it falls back to featured-offer targeting.
/// </summary>
/// <param name="MinDays">Days of history with a buy-box share above zero needed for Medium confidence (High: twice as many).</param>
/// <param name="MinPriceLevels">Distinct prices we sold at needed for Medium confidence (High: one more).</param>
/// <param name="MinConfidence">Below this the strategy falls back.</param>
public sealed record ProfitOptimalSettings(int MinDays = 14, int MinPriceLevels = 3, ConfidenceLevel MinConfidence = ConfidenceLevel.Medium)
{
    public static ProfitOptimalSettings Default { get; } = new();
}

/// <summary>
/// The per-SKU hard guards of a strategy; null leaves a guard off. Steps: when both pence and percent
/// are set the tighter applies; a percentage is of the current item price, rounded down to the penny.
/// </summary>
/// <param name="StaleAfterMinutes">Hold when the offer snapshot is older than this.</param>
/// <param name="AnomalyPercent">Hold when the offer we would follow moved more than this since the previous snapshot.</param>
public sealed record GuardSettings(
    long? MaxStepUpPence = null,
    decimal? MaxStepUpPercent = null,
    long? MaxStepDownPence = null,
    decimal? MaxStepDownPercent = null,
    int? CooldownMinutes = null,
    int? MaxChangesPerSkuPerDay = null,
    int? StaleAfterMinutes = null,
    decimal? AnomalyPercent = null)
{
    /// <summary>Conservative defaults: 10% per step each way, 15 min cooldown, 24 changes a day, 60 min staleness, 30% anomaly.</summary>
    public static GuardSettings Default { get; } = new(null, 10m, null, 10m, 15, 24, 60, 30m);

    public static GuardSettings None { get; } = new();
}
