namespace SellerConsole.Pricing.Engine;

/// <summary>
/// Everything the hard guards look at. <see cref="CandidatePence"/> is the strategy's price (after
/// its ending); the guards either pass it, clamp it, or hold at <see cref="CurrentPence"/>.
/// </summary>
/// <param name="OffersObservedUtc">When the offers behind the candidate were observed; null when the
/// candidate does not come from the offers (schedule or sales-rule price), so staleness does not apply.</param>
/// <param name="TargetMove">The followed offer's previous and current landed price (anomaly guard); null when none is followed.</param>
/// <param name="UkOffset">UK local time minus UTC now, to state times in UK time.</param>
public sealed record GuardInput(
    long CurrentPence,
    long CandidatePence,
    long FloorPence,
    long? CeilingPence,
    GuardSettings Settings,
    RepricingMode Mode,
    bool KillSwitch,
    DateTime NowUtc,
    TimeSpan UkOffset,
    DateTime? OffersObservedUtc,
    TargetMove? TargetMove,
    PricingCounters Counters,
    int GlobalChangesToday,
    int? GlobalDailyBudget);

/// <summary>The followed offer's landed price in the previous and in this snapshot.</summary>
public sealed record TargetMove(string SellerId, long PreviousLandedPence, long LandedPence)
{
    /// <summary>The move as a percentage of the previous price (signed).</summary>
    public decimal Percent => PreviousLandedPence > 0 ? (LandedPence - PreviousLandedPence) * 100m / PreviousLandedPence : 0m;
}

/// <summary>What the guards made of the candidate: the outcome, the final price and each step in order.</summary>
public sealed record GuardResult(DecisionOutcome Outcome, DecisionReason Reason, long FinalPence, IReadOnlyList<GuardStep> Steps, GuardKind? Binding);
