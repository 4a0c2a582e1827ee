namespace SellerConsole.Pricing.Engine;

/// <summary>
/// One repricing decision, complete enough to store, show and audit: what the engine saw, what the
/// strategy wanted, what every guard did, and the price that results. All prices are item prices in
/// whole pence. <see cref="FinalPricePence"/> equals <see cref="CurrentPricePence"/> unless the
/// outcome is <see cref="DecisionOutcome.Change"/>.
/// </summary>
/// <param name="Reason">Why it held or was refused; None for Change/NoChange.</param>
/// <param name="StrategyPricePence">The strategy's price after the ending, before the guards (null when it named none).</param>
/// <param name="BindingGuard">The guard that moved or held the price last; null when no guard did.</param>
/// <param name="LockUntilUtc">Set when a sales rule fired and changed the price: store it as the SKU's lock.</param>
/// <param name="Sentence">One plain English sentence, e.g. "Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48; max step 5% held it at £12.61; floor £9.87 not reached".</param>
public sealed record RepricingDecision(
    string Sku,
    string Asin,
    string StrategyName,
    DateTime DecidedUtc,
    DecisionOutcome Outcome,
    DecisionReason Reason,
    long CurrentPricePence,
    long? StrategyPricePence,
    long FinalPricePence,
    DecisionInputs Inputs,
    StrategyStep Strategy,
    IReadOnlyList<GuardStep> Guards,
    GuardKind? BindingGuard,
    DateTime? LockUntilUtc,
    string Sentence)
{
    public bool IsChange => Outcome == DecisionOutcome.Change;

    /// <summary>Every step in order, one line each; built from the stored steps when asked for (and written to JSON), not on every decision.</summary>
    public IReadOnlyList<string> Trail => TrailText.Build(this);

    public long ChangePence => FinalPricePence - CurrentPricePence;
}

/// <summary>The inputs as the decision saw them (stored with it).</summary>
/// <param name="OfferAgeMinutes">How old the offer snapshot was, whole minutes.</param>
/// <param name="BuyBoxLandedPence">The buy-box winner's landed price, when someone holds it.</param>
/// <param name="OfferCount">Competing offers in the snapshot (ours excluded).</param>
/// <param name="ConsideredCount">Competing offers left after the strategy's filters.</param>
/// <param name="Schedule">The name of the schedule in force, if any.</param>
public sealed record DecisionInputs(
    int OfferAgeMinutes,
    BuyBoxCondition BuyBox,
    bool WeHoldBuyBox,
    long? BuyBoxLandedPence,
    int OfferCount,
    int ConsideredCount,
    bool AmazonOn,
    long ShippingPence,
    long? FloorPence,
    string FloorSource,
    long? CeilingPence,
    string CeilingSource,
    SalesVelocity Sales,
    string? Schedule);

/// <summary>What the strategy did: which part of it priced, the offer it targeted, and the raw price.</summary>
/// <param name="RawPricePence">Its item price before any ending (null: it asked for none).</param>
/// <param name="EndedPricePence">After the price ending <paramref name="Ending"/> (equal to raw when it changes nothing).</param>
/// <param name="Target">The offer it priced against, if any.</param>
/// <param name="Optimal">The profit-optimal estimate, when that strategy ran (even if it fell back).</param>
/// <param name="Text">What it did, in words (the sentence's first clause).</param>
public sealed record StrategyStep(
    PriceSource Source,
    long? RawPricePence,
    long? EndedPricePence,
    PriceEnding Ending,
    OfferSummary? Target,
    ProfitOptimalEstimate? Optimal,
    string Text);

/// <summary>A targeted offer in brief.</summary>
public sealed record OfferSummary(string SellerId, string? SellerName, long LandedPence, bool IsFba, bool IsAmazon, double? FeedbackPercent);

/// <summary>What one guard did, in the fixed guard order. <see cref="Binding"/> marks the guard that changed or held the price last.</summary>
public sealed record GuardStep(GuardKind Guard, GuardEffect Effect, long BeforePence, long AfterPence, bool Binding, string Note);

/// <summary>
/// The profit-optimal strategy's estimate: the best price found, expected profit/units/buy-box share
/// a day there, the fitted elasticity and how much of the history backs it.
/// </summary>
/// <param name="UsedPricePence">The item price it chose; null when it fell back.</param>
public sealed record ProfitOptimalEstimate(
    ConfidenceLevel Confidence,
    bool FellBack,
    long? UsedPricePence,
    decimal? ExpectedProfitPerDay,
    double? ExpectedUnitsPerDay,
    double? ExpectedBuyBoxShare,
    double? Elasticity,
    double? ElasticityStdError,
    int Days,
    int PriceLevels,
    string Text);
