namespace SellerConsole.Pricing.Engine;

/// <summary>The state of the ASIN's buy box (featured offer) in the offer snapshot.</summary>
public enum BuyBoxCondition
{
    /// <summary>An offer holds the buy box (the one flagged <see cref="PricingOffer.IsBuyBoxWinner"/>; may be ours).</summary>
    Held,
    /// <summary>Nobody holds it (e.g. no eligible offer).</summary>
    None,
    /// <summary>Amazon suppressed it (typically a price above its reference price).</summary>
    Suppressed,
}

/// <summary>Per SKU and globally: Off never prices; Suggest queues decisions for review; Auto sends them.</summary>
public enum RepricingMode
{
    Off,
    Suggest,
    Auto,
}

/// <summary>What a strategy prices against.</summary>
public enum StrategyKind
{
    /// <summary>The featured offer (buy box); the lowest considered offer when the winner is filtered out or there is none.</summary>
    FeaturedOffer,
    /// <summary>The lowest considered offer (landed).</summary>
    LowestOffer,
    /// <summary>The lowest considered FBA offer.</summary>
    LowestFba,
    /// <summary>The lowest considered FBM offer.</summary>
    LowestFbm,
    /// <summary>The lowest FBA offer if any, else the lowest FBM offer.</summary>
    FbaThenFbm,
    /// <summary>The price that maximises expected profit a day from our own history; featured-offer targeting when data is thin.</summary>
    ProfitOptimal,
    /// <summary>No competitor pricing: only the sales-velocity rules (and schedules) move the price.</summary>
    SalesOnly,
}

/// <summary>Where to sit relative to the targeted offer.</summary>
public enum PositionMode
{
    Match,
    /// <summary>Below the target by <see cref="Positioning.Amount"/> pence.</summary>
    BeatByPence,
    /// <summary>Below the target by <see cref="Positioning.Amount"/> percent.</summary>
    BeatByPercent,
    /// <summary>Above the target by <see cref="Positioning.Amount"/> pence.</summary>
    AboveByPence,
    /// <summary>Above the target by <see cref="Positioning.Amount"/> percent.</summary>
    AboveByPercent,
}

/// <summary>Which fulfilment channels count as competition.</summary>
public enum ChannelFilter
{
    Any,
    FbaOnly,
    FbmOnly,
}

/// <summary>How to treat Amazon's own offer.</summary>
public enum AmazonPolicy
{
    /// <summary>Amazon is competition like anyone (with <see cref="RepricingStrategy.AmazonPosition"/> if set).</summary>
    Compete,
    /// <summary>Leave Amazon out of the competition.</summary>
    Ignore,
    /// <summary>Do not reprice while Amazon has an offer.</summary>
    Hold,
}

/// <summary>Where upward repricing heads while we hold the buy box.</summary>
public enum UpwardTarget
{
    /// <summary>The next competitor's price, positioned as the strategy says.</summary>
    NextCompetitor,
    Ceiling,
}

/// <summary>What to do when no competitor is left after the filters.</summary>
public enum NoCompetitionAction
{
    Ceiling,
    Hold,
    SetPrice,
}

/// <summary>What to do when the competitive price would be below our floor.</summary>
public enum BelowFloorAction
{
    Floor,
    Hold,
    /// <summary>Stop chasing: go to the ceiling and wait for the competitor to run out (oscillation).</summary>
    Ceiling,
}

/// <summary>What to do when Amazon suppressed the buy box.</summary>
public enum SuppressedAction
{
    /// <summary>Go back to the last price at which the buy box was not suppressed (hold if unknown).</summary>
    LastUnsuppressedPrice,
    Hold,
    /// <summary>Price against the lowest considered offer as if there were no buy box.</summary>
    TargetLowest,
}

/// <summary>Optional price ending, applied to the strategy's price before the guards.</summary>
public enum PriceEnding
{
    None,
    /// <summary>x.99, at or below the price (at or above for stay-above positions).</summary>
    NinetyNine,
    /// <summary>x.49, likewise.</summary>
    FortyNine,
    /// <summary>x.00, likewise.</summary>
    WholePounds,
}

/// <summary>A change as an amount of pence or a percentage of the current price.</summary>
public enum AdjustmentUnit
{
    Pence,
    Percent,
}

/// <summary>Whether a velocity rule fires when sales are below or above its threshold.</summary>
public enum VelocityComparison
{
    Below,
    Above,
}

/// <summary>What a schedule does while it is in force.</summary>
public enum ScheduleAction
{
    /// <summary>No repricing at all.</summary>
    Pause,
    /// <summary>Set <see cref="ScheduleRule.PricePence"/> (still inside the guards).</summary>
    SetPrice,
    /// <summary>Use <see cref="ScheduleRule.MinPence"/>/<see cref="ScheduleRule.MaxPence"/> as floor and ceiling.</summary>
    SwapMinMax,
}
