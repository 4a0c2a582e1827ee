namespace SellerConsole.Pricing.Engine;

/// <summary>
/// A repricing strategy: what to price against (<see cref="Kind"/>) and every setting around it.
/// Stored as JSON (see <see cref="PricingJson"/>); every setting has a safe default, so a stored
/// strategy missing a newer setting still reads. Percentages are written as percent (2.5 = 2.5%).
/// </summary>
public sealed record RepricingStrategy(string Name, StrategyKind Kind)
{
    /// <summary>Where to sit against the targeted offer (default: beat it by 1p).</summary>
    public Positioning Position { get; init; } = Positioning.BeatBy1p;

    /// <summary>Which offers count as competition.</summary>
    public CompetitorFilter Filter { get; init; } = CompetitorFilter.Any;

    /// <summary>Compete with, ignore, or hold while Amazon's own offer is on the listing.</summary>
    public AmazonPolicy Amazon { get; init; } = AmazonPolicy.Compete;

    /// <summary>"Amazon joins" rule: when set and Amazon is competing, price against Amazon this way instead.</summary>
    public Positioning? AmazonPosition { get; init; }

    /// <summary>What to do while we hold the buy box.</summary>
    public UpwardRepricing Upward { get; init; } = UpwardRepricing.Off;

    /// <summary>Scenario fallbacks (no competition, below floor, suppressed buy box).</summary>
    public ScenarioFallbacks Fallbacks { get; init; } = ScenarioFallbacks.Default;

    /// <summary>Sales-velocity rules, first firing rule wins; they take precedence over competitor pricing.</summary>
    public IReadOnlyList<VelocityRule> VelocityRules { get; init; } = [];

    /// <summary>Time-based schedules (UK time), first one in force wins.</summary>
    public IReadOnlyList<ScheduleRule> Schedules { get; init; } = [];

    /// <summary>Optional price ending, applied to the strategy's price before the guards.</summary>
    public PriceEnding Ending { get; init; } = PriceEnding.None;

    /// <summary>How the floor (minimum item price) is worked out; a SKU's manual floor overrides it.</summary>
    public FloorRule Floor { get; init; } = FloorRule.BreakEven;

    /// <summary>How the ceiling (maximum item price) is worked out; a SKU's manual ceiling overrides it.</summary>
    public CeilingRule Ceiling { get; init; } = CeilingRule.None;

    /// <summary>The per-SKU hard guards (step, cooldown, daily limit, stale data, anomaly).</summary>
    public GuardSettings Guards { get; init; } = GuardSettings.Default;

    /// <summary>Settings of the <see cref="StrategyKind.ProfitOptimal"/> kind.</summary>
    public ProfitOptimalSettings Optimal { get; init; } = ProfitOptimalSettings.Default;
}

/// <summary>Match, beat or stay above a price. <see cref="Amount"/> is pence for *ByPence, percent for *ByPercent.</summary>
public sealed record Positioning(PositionMode Mode, decimal Amount)
{
    public static Positioning Match { get; } = new(PositionMode.Match, 0m);

    public static Positioning BeatBy1p { get; } = new(PositionMode.BeatByPence, 1m);

    public bool IsAbove => Mode is PositionMode.AboveByPence or PositionMode.AboveByPercent;

    /// <summary><see cref="Amount"/> as whole pence (half away from zero), for the *ByPence modes.</summary>
    public long Pence => (long)Math.Round(Amount, MidpointRounding.AwayFromZero);

    /// <summary>The landed price this position puts us at against <paramref name="targetLanded"/> (whole pence, half away from zero).</summary>
    public long Apply(long targetLanded) => Mode switch
    {
        PositionMode.Match => targetLanded,
        PositionMode.BeatByPence => targetLanded - Pence,
        PositionMode.AboveByPence => targetLanded + Pence,
        PositionMode.BeatByPercent => targetLanded - Percent(targetLanded),
        PositionMode.AboveByPercent => targetLanded + Percent(targetLanded),
        _ => targetLanded,
    };

    private long Percent(long pence) => (long)Math.Round(pence * Amount / 100m, MidpointRounding.AwayFromZero);
}

/// <summary>
/// Which offers count as competition. An offer that does not report a filtered fact (feedback,
/// dispatch time, ships-from) fails that filter, except that Amazon passes the feedback filters, and
/// Amazon and FBA offers pass an unreported dispatch time and the UK-only filter (Amazon ships them).
/// </summary>
/// <param name="MinFeedbackPercent">Minimum positive feedback, percent (e.g. 95).</param>
public sealed record CompetitorFilter(
    ChannelFilter Channel = ChannelFilter.Any,
    double? MinFeedbackPercent = null,
    int? MinFeedbackCount = null,
    int? MaxDispatchHours = null,
    bool UkOnly = false)
{
    public static CompetitorFilter Any { get; } = new();
}

/// <summary>
/// While we hold the buy box: when <see cref="Enabled"/>, move towards the next competitor (positioned
/// as the strategy says) or the ceiling, at most <see cref="Step"/> per change when set; when off, hold.
/// </summary>
/// <param name="NeverLowerWhileWinning">Never cut the price while we hold the buy box.</param>
public sealed record UpwardRepricing(bool Enabled, UpwardTarget Target = UpwardTarget.NextCompetitor, PriceAdjustment? Step = null, bool NeverLowerWhileWinning = false)
{
    public static UpwardRepricing Off { get; } = new(false);
}

/// <summary>The scenario fallbacks, each configurable.</summary>
/// <param name="NoCompetitionPricePence">The item price for <see cref="NoCompetitionAction.SetPrice"/>.</param>
public sealed record ScenarioFallbacks(
    NoCompetitionAction NoCompetition = NoCompetitionAction.Ceiling,
    long? NoCompetitionPricePence = null,
    BelowFloorAction BelowFloor = BelowFloorAction.Floor,
    SuppressedAction Suppressed = SuppressedAction.LastUnsuppressedPrice)
{
    public static ScenarioFallbacks Default { get; } = new();
}

/// <summary>A signed change: -5 Percent lowers by 5%, 50 Pence raises by 50p.</summary>
public sealed record PriceAdjustment(AdjustmentUnit Unit, decimal Amount)
{
    /// <summary>The signed change in whole pence from <paramref name="pricePence"/> (half away from zero).</summary>
    public long DeltaFrom(long pricePence) => Unit == AdjustmentUnit.Pence
        ? (long)Math.Round(Amount, MidpointRounding.AwayFromZero)
        : (long)Math.Round(pricePence * Amount / 100m, MidpointRounding.AwayFromZero);

    public string Text => Unit == AdjustmentUnit.Pence
        ? (Amount >= 0 ? "+" : "") + PriceText.Step((long)Amount)
        : (Amount >= 0 ? "+" : "") + PriceText.Percent(Amount);
}
