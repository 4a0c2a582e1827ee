namespace SellerConsole.Pricing.Engine.Backtest;

/// <summary>One past observation of the market: the competitors' offers (ours left out) and the buy-box state.</summary>
public sealed record MarketPoint(DateTime Utc, IReadOnlyList<PricingOffer> Competitors, BuyBoxCondition BuyBox = BuyBoxCondition.Held);

/// <summary>
/// A replay of <see cref="Strategy"/> with its guards over <see cref="Market"/> (ordered by time) until
/// <see cref="EndUtc"/>. <see cref="Start"/> is the SKU as it stood at the first point: its price,
/// shipping, floor and costs (<see cref="RepricingInput.Profit"/> gives simulated profit); its offers,
/// times and counters are replaced as the replay goes. <see cref="Demand"/> answers how the market
/// responds to our price.
/// </summary>
public sealed record BacktestRequest(RepricingStrategy Strategy, RepricingInput Start, IReadOnlyList<MarketPoint> Market, DateTime EndUtc, IDemandResponse Demand);

/// <summary>One decision of the replay and the simulated market response until the next point.</summary>
/// <param name="PricePence">Our item price after the decision.</param>
/// <param name="Units">Simulated units sold until the next point (fractional: an expectation).</param>
public sealed record SimulatedStep(DateTime Utc, DecisionOutcome Outcome, DecisionReason Reason, long PricePence, double BuyBoxShare, double Units, string Sentence);

/// <summary>One UK day of the replay. Money in pounds; profit null without costs.</summary>
/// <param name="BuyBoxShare">Time-weighted share of the day we held the buy box.</param>
public sealed record BacktestDay(DateOnly Day, long OpenPence, long ClosePence, long LowPence, long HighPence, int Changes, double BuyBoxShare, double Units, decimal Revenue, decimal? Profit);

/// <summary>The replay: every step, every day, and the totals.</summary>
public sealed record BacktestResult(
    string StrategyName,
    IReadOnlyList<SimulatedStep> Steps,
    IReadOnlyList<BacktestDay> Days,
    int Changes,
    int Holds,
    double BuyBoxShare,
    double Units,
    decimal Revenue,
    decimal? Profit);
