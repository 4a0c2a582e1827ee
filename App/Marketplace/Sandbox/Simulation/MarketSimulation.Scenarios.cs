using SellerConsole.Marketplace.Sandbox.Simulation.Market;

namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>The repricer's scenarios: instructions like our price changes, so they are just as deterministic.</summary>
public sealed partial class MarketSimulation
{
    private readonly List<(int Index, int Id)> _scenarioRuns = [];

    /// <summary>
    /// Plays <paramref name="scenario"/> on the SKU's ASIN from the market tick <paramref name="effectiveUtc"/> falls
    /// in (never earlier than now; reads show it from the next tick boundary); its duration is rounded up to whole ticks.
    /// Unknown SKUs throw <see cref="KeyNotFoundException"/>, invalid values <see cref="ArgumentException"/>.
    /// </summary>
    public ScenarioStatus StartScenario(string sku, MarketScenario scenario, DateTime effectiveUtc)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Problems().FirstOrDefault() is ({ } field, { } message)) throw new ArgumentException(message, field);
        var tick = _world.Time.TickSeconds;
        var delayTicks = (long)Math.Ceiling(scenario.Delay.TotalSeconds / tick);
        var durationTicks = Math.Max(1, (long)Math.Ceiling(scenario.Duration.TotalSeconds / tick));
        var status = default(ScenarioStatus);
        Schedule(sku, effectiveUtc, (sim, at) =>
        {
            sim.ScheduleScenario(new ScenarioRun(scenario, at, at + durationTicks * tick, (int)(delayTicks * tick)));
            _scenarioRuns.Add((sim.Profile.Index, sim.Scenarios.Count - 1));
            status = Status(sim, sim.Scenarios[^1], _now);
        });
        return status!;
    }

    /// <summary>Why the scenario cannot run on the SKU's ASIN as the market stands now (null: it can).</summary>
    public string? ScenarioProblem(string sku, MarketScenario scenario)
    {
        if (!_bySku.TryGetValue(sku, out var index)) return $"Unknown SKU '{sku}'.";
        return Read(now => WithSim(index, now, sim =>
            scenario.Kind == MarketScenarioKind.AmazonVisit && sim.Offers.Any(o => o.Active && o.IsAmazon)
                ? $"Amazon already sells {sim.Entry.Listing.Asin}: try an ASIN without Amazon."
                : null));
    }

    /// <summary>Every scenario started, oldest first, as it stands now.</summary>
    public IReadOnlyList<ScenarioStatus> GetScenarios() => Read(now =>
        _scenarioRuns.Select(r => WithSim(r.Index, now, sim => Status(sim, sim.Scenarios[r.Id], now))).ToList());

    private ScenarioStatus Status(AsinSimulator sim, ScenarioRun run, long now)
    {
        var state = run.Skipped is not null ? ScenarioState.Skipped
            : now <= run.StartAt ? ScenarioState.Scheduled
            : now <= run.EndAt ? ScenarioState.Running
            : ScenarioState.Ended;
        var seller = run.OfferSerial >= 0 ? sim.Offers[run.OfferSerial].Seller.SellerId : null;
        var listing = sim.Entry.Listing;
        return new ScenarioStatus(listing.Asin, listing.Sku, run.Scenario, _world.Time.ToUtc(run.StartAt), _world.Time.ToUtc(run.EndAt), state, seller, run.Skipped);
    }
}
