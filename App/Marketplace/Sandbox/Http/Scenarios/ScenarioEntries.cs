using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Scenario names on the wire and in the replay log, and the log entry a scenario is kept as.</summary>
public static class ScenarioEntries
{
    public const string PriceWar = "price-war";
    public const string Amazon = "amazon";
    public const string SuppressedBuyBox = "suppressed-buy-box";
    public const string Follower = "follower";
    /// <summary>Not a market scenario: the SKU's next patches are silently dropped.</summary>
    public const string SilentDrops = "silent-drops";

    public static readonly IReadOnlyList<(string Name, MarketScenarioKind Kind)> Market =
    [
        (PriceWar, MarketScenarioKind.PriceWar),
        (Amazon, MarketScenarioKind.AmazonVisit),
        (SuppressedBuyBox, MarketScenarioKind.SuppressedBuyBox),
        (Follower, MarketScenarioKind.Follower),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Market.Select(m => m.Name), SilentDrops];

    public static string NameOf(MarketScenarioKind kind) => Market.First(m => m.Kind == kind).Name;

    public static MarketScenarioKind? KindOf(string? name) =>
        Market.Where(m => string.Equals(m.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(m => (MarketScenarioKind?)m.Kind).FirstOrDefault();

    public static ReplayEntry ToEntry(string sku, MarketScenario s, DateTime at) => new(ReplayEntry.Scenario, at)
    {
        Sku = sku,
        Name = NameOf(s.Kind),
        Minutes = (int)Math.Ceiling(s.Duration.TotalMinutes),
        DelayMinutes = s.Delay > TimeSpan.Zero ? (int)Math.Ceiling(s.Delay.TotalMinutes) : null,
        Value = s.Price,
        Floor = s.Floor,
        Gap = s.Gap != 0 ? s.Gap : null,
        Quiet = s.Quiet ? true : null,
    };

    /// <summary>The scenario a log entry describes; null for an entry this version cannot read (it is skipped).</summary>
    public static MarketScenario? ToScenario(ReplayEntry e)
    {
        if (KindOf(e.Name) is not { } kind || e.Minutes is not > 0) return null;
        var scenario = new MarketScenario(kind, TimeSpan.FromMinutes(e.Minutes.Value), TimeSpan.FromMinutes(e.DelayMinutes ?? 0), e.Value, e.Floor, e.Gap ?? 0, e.Quiet == true);
        return scenario.Problems().Any() ? null : scenario;
    }
}
