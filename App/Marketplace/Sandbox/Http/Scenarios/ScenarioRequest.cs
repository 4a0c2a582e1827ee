using System.Text.Json.Serialization;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// <c>POST /api/v1/sandbox/scenarios</c>: one scenario on one listing, named by <see cref="Asin"/> or <see cref="Sku"/>.
/// Parameters not given take the scenario's defaults; a parameter the scenario does not use is refused.
/// </summary>
/// <param name="Scenario">price-war, amazon, suppressed-buy-box, follower or silent-drops.</param>
/// <param name="Minutes">How long it lasts (default: price war and follower 360, Amazon 120, suppressed buy box 60).</param>
/// <param name="DelayMinutes">Price war and follower: how long the rival takes to answer our price change (default 15 and 30).</param>
/// <param name="Price">Amazon: its item price in GBP (default: a penny under the cheapest landed price).</param>
/// <param name="Floor">Price war: the undercutter's lowest item price in GBP (default: 85% of our landed price).</param>
/// <param name="Gap">Follower: its landed price minus ours in GBP (default 0: it matches us; negative: it stays under us).</param>
/// <param name="Count">Silent drops: how many of the SKU's next patches are dropped (default 1).</param>
/// <param name="Quiet">The ASIN's other rivals hold still while it runs, so only the scenario answers our moves (default false).</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ScenarioRequest(
    string? Scenario, string? Asin = null, string? Sku = null, int? Minutes = null, int? DelayMinutes = null,
    decimal? Price = null, decimal? Floor = null, decimal? Gap = null, int? Count = null, bool? Quiet = null)
{
    public const int MaxDrops = 100;

    /// <summary>The scenario these values describe, or the problems by field (camelCase, as sent).</summary>
    public (MarketScenario? Scenario, int Drops, Dictionary<string, string[]> Errors) Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];
        if (string.IsNullOrWhiteSpace(Asin) == string.IsNullOrWhiteSpace(Sku)) Error("asin", "Name the listing by its asin or its sku (one of them).");
        var name = Scenario?.Trim().ToLowerInvariant();
        if (name == ScenarioEntries.SilentDrops)
        {
            Unused(Minutes, "minutes"); Unused(DelayMinutes, "delayMinutes"); Unused(Price, "price"); Unused(Floor, "floor"); Unused(Gap, "gap"); Unused(Quiet, "quiet");
            if (Count is < 1 or > MaxDrops) Error("count", $"count is 1 to {MaxDrops}.");
            return (null, Count ?? 1, errors);
        }
        if (ScenarioEntries.KindOf(name) is not { } kind)
        {
            Error("scenario", $"scenario must be one of: {string.Join(", ", ScenarioEntries.Names)}.");
            return (null, 0, errors);
        }
        Unused(Count, "count");
        if (kind is not (MarketScenarioKind.PriceWar or MarketScenarioKind.Follower)) Unused(DelayMinutes, "delayMinutes");
        if (kind != MarketScenarioKind.AmazonVisit) Unused(Price, "price");
        if (kind != MarketScenarioKind.PriceWar) Unused(Floor, "floor");
        if (kind != MarketScenarioKind.Follower) Unused(Gap, "gap");
        var (minutes, delay) = kind switch
        {
            MarketScenarioKind.PriceWar => (360, 15),
            MarketScenarioKind.Follower => (360, 30),
            MarketScenarioKind.AmazonVisit => (120, 0),
            _ => (60, 0),
        };
        var scenario = new MarketScenario(kind, TimeSpan.FromMinutes(Minutes ?? minutes), TimeSpan.FromMinutes(DelayMinutes ?? delay), Price, Floor, Gap ?? 0, Quiet == true);
        foreach (var (field, message) in scenario.Problems()) Error(field, message);
        if (Price is { } p && decimal.Round(p, 2) != p) Error("price", "price has at most 2 decimal places.");
        if (Floor is { } f && decimal.Round(f, 2) != f) Error("floor", "floor has at most 2 decimal places.");
        if (Gap is { } g && decimal.Round(g, 2) != g) Error("gap", "gap has at most 2 decimal places.");
        return (errors.Count == 0 ? scenario : null, 0, errors);

        void Unused(object? value, string field)
        {
            if (value is not null) Error(field, $"{field} does not apply to the {name} scenario.");
        }
    }
}
