using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>A scenario as the Sandbox's control API shows it. It takes effect at <see cref="StartsUtc"/> (a market
/// tick) and reads (getItemOffers, the listing) show it once the clock has passed <see cref="VisibleFromUtc"/>.</summary>
public sealed record ScenarioDto(
    string Scenario, string Asin, string Sku, string State, DateTime StartsUtc, DateTime VisibleFromUtc, DateTime EndsUtc,
    string? SellerId, string? Note, int Minutes, int? DelayMinutes, decimal? Price, decimal? Floor, decimal? Gap, bool Quiet)
{
    public static ScenarioDto Of(ScenarioStatus s, TimeSpan tick)
    {
        var x = s.Scenario;
        var tracks = x.Kind is MarketScenarioKind.PriceWar or MarketScenarioKind.Follower;
        return new ScenarioDto(ScenarioEntries.NameOf(x.Kind), s.Asin, s.Sku, s.State.ToString(), s.StartsUtc, s.StartsUtc + tick, s.EndsUtc,
            s.SellerId, s.Note, (int)Math.Round((s.EndsUtc - s.StartsUtc).TotalMinutes), tracks ? (int)Math.Ceiling(x.Delay.TotalMinutes / tick.TotalMinutes) * (int)tick.TotalMinutes : null,
            x.Price, x.Floor, x.Kind == MarketScenarioKind.Follower ? x.Gap : null, x.Quiet);
    }
}

/// <summary>Silent drops ordered for a SKU and not used yet.</summary>
public sealed record SilentDropsDto(string Sku, string Asin, int Remaining);

/// <summary><c>GET /api/v1/sandbox/scenarios</c>: what can be started, and what was (oldest first).</summary>
public sealed record ScenariosDto(IReadOnlyList<string> Names, IReadOnlyList<ScenarioDto> Scenarios, IReadOnlyList<SilentDropsDto> SilentDrops);
