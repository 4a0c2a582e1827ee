namespace SellerConsole.Pricing.Engine;

/// <summary>What became of a decision.</summary>
public enum DecisionOutcome
{
    /// <summary>A new price to send.</summary>
    Change,
    /// <summary>A change was wanted but a guard or rule stopped it; <see cref="RepricingDecision.Reason"/> says which.</summary>
    Hold,
    /// <summary>The strategy's price is the current price.</summary>
    NoChange,
    /// <summary>The SKU cannot be repriced at all (no floor, ceiling below floor).</summary>
    Refused,
}

/// <summary>Why a decision held or was refused (None for a change or no change).</summary>
public enum DecisionReason
{
    None,
    KillSwitch,
    ModeOff,
    StaleData,
    Anomaly,
    SalesLock,
    Cooldown,
    SkuDailyLimit,
    GlobalBudget,
    /// <summary>The max step per change left no room to move.</summary>
    MaxStep,
    /// <summary>The floor or ceiling left the price where it was.</summary>
    PriceBand,
    NoFloor,
    CeilingBelowFloor,
    SchedulePause,
    AmazonOn,
    NoCompetitionHold,
    BelowFloorHold,
    SuppressedHold,
    /// <summary>A strategy input it needs is missing (no ceiling to go to, no set price, no known last price).</summary>
    MissingInput,
}

/// <summary>The hard guards, in the fixed order they run.</summary>
public enum GuardKind
{
    KillSwitch,
    StaleData,
    Anomaly,
    SalesLock,
    Cooldown,
    SkuDailyLimit,
    GlobalBudget,
    MaxStep,
    Floor,
    Ceiling,
}

/// <summary>What one guard did.</summary>
public enum GuardEffect
{
    Passed,
    /// <summary>The guard is not set or does not apply to this price's source.</summary>
    NotApplicable,
    /// <summary>No change was proposed, so the hold guards had nothing to stop.</summary>
    NotNeeded,
    /// <summary>It stopped the change (the decision holds).</summary>
    Held,
    /// <summary>It moved the price.</summary>
    Clamped,
    /// <summary>An earlier guard held, so this one did not run.</summary>
    Skipped,
}

/// <summary>How far the profit-optimal strategy trusts its own estimate.</summary>
public enum ConfidenceLevel
{
    Low,
    Medium,
    High,
}

/// <summary>Which part of the strategy produced the price.</summary>
public enum PriceSource
{
    Competitive,
    UpwardWhileWinning,
    AmazonRule,
    NoCompetition,
    BelowFloor,
    Suppressed,
    Schedule,
    SalesRule,
    ProfitOptimal,
    /// <summary>Nothing asked for a change (holding the buy box, sales-only with no rule firing).</summary>
    Unchanged,
}
