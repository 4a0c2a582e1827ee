namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>What the Sandbox can make happen on one ASIN on demand, for testing a repricer end to end.</summary>
public enum MarketScenarioKind
{
    /// <summary>An undercutter joins a penny under our landed price and answers each of our price changes,
    /// a set delay later, by going a penny under again, down to its own floor.</summary>
    PriceWar,
    /// <summary>Amazon itself (FBA/Prime, perfect feedback) joins a penny under the cheapest offer, takes the buy
    /// box, and leaves when the scenario ends.</summary>
    AmazonVisit,
    /// <summary>The competitive price threshold falls to about three quarters of the cheapest offer: no offer is
    /// eligible, so there is no featured offer until someone prices under the threshold or the scenario ends.</summary>
    SuppressedBuyBox,
    /// <summary>A rival joins that re-prices to our landed price plus a set gap, a set delay after each of our price changes.</summary>
    Follower,
}

/// <summary>
/// One scenario to play on an ASIN.
/// </summary>
/// <param name="Duration">How long it lasts: then the scenario's rival leaves, or the threshold comes back.</param>
/// <param name="Delay">How long the undercutter or follower takes to answer a change of our price (whole market ticks, rounded up).</param>
/// <param name="Price">Amazon's item price (default: a penny under the cheapest landed price).</param>
/// <param name="Floor">The undercutter's lowest item price (default: 85% of our landed price when the war starts).</param>
/// <param name="Gap">The follower's landed price minus ours, in GBP (negative: it stays under us).</param>
/// <param name="Quiet">The ASIN's other rivals hold still while it runs (no re-pricing; stock-outs, restocks, arrivals
/// and departures wait for its end), so only the scenario answers our moves: for deterministic end-to-end tests.</param>
public sealed record MarketScenario(MarketScenarioKind Kind, TimeSpan Duration, TimeSpan Delay = default, decimal? Price = null, decimal? Floor = null, decimal Gap = 0m, bool Quiet = false)
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(1);

    /// <summary>What is wrong with the scenario's values, as (parameter, message) pairs; empty when it can run.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (!Enum.IsDefined(Kind)) yield return ("scenario", "Unknown scenario.");
        if (Duration <= TimeSpan.Zero || Duration > MaxDuration) yield return ("minutes", $"The scenario lasts more than 0 and at most {MaxDuration.TotalMinutes:0} minutes.");
        if (Delay < TimeSpan.Zero || Delay > MaxDelay) yield return ("delayMinutes", $"The reaction delay is 0 to {MaxDelay.TotalMinutes:0} minutes.");
        if (Price is { } price && (price <= 0 || price > MarketSimulation.MaxPrice)) yield return ("price", $"The price must be above 0 and at most {MarketSimulation.MaxPrice:0}.");
        if (Floor is { } floor && (floor <= 0 || floor > MarketSimulation.MaxPrice)) yield return ("floor", $"The floor must be above 0 and at most {MarketSimulation.MaxPrice:0}.");
        if (Math.Abs(Gap) > MarketSimulation.MaxPrice) yield return ("gap", $"The gap must be within ±{MarketSimulation.MaxPrice:0}.");
    }
}

public enum ScenarioState
{
    /// <summary>Waits for its market tick.</summary>
    Scheduled,
    Running,
    Ended,
    /// <summary>Could not start when its tick came (see the note), e.g. Amazon already sold the ASIN.</summary>
    Skipped,
}

/// <summary>A scenario as it stands now. <see cref="SellerId"/>: the rival it brought (once running).</summary>
public sealed record ScenarioStatus(
    string Asin,
    string Sku,
    MarketScenario Scenario,
    DateTime StartsUtc,
    DateTime EndsUtc,
    ScenarioState State,
    string? SellerId,
    string? Note);
