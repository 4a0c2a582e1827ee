using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

/// <summary>Builds simulated worlds for tests with a fixed history start, so worlds are reproducible.</summary>
internal sealed class WorldBuilder
{
    public static readonly DateTime HistoryStart = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private int _seed = 42;
    private int _listings = 150;
    private int _historyDays = 730;
    private int _lazyAbove = 1000;

    public WorldBuilder Seed(int seed) { _seed = seed; return this; }

    public WorldBuilder Listings(int count) { _listings = count; return this; }

    public WorldBuilder HistoryDays(int days) { _historyDays = days; return this; }

    /// <summary>Forces lazy per-ASIN history even for small worlds.</summary>
    public WorldBuilder Lazy() { _lazyAbove = 0; return this; }

    public DateTime Now => HistoryStart.AddDays(_historyDays);

    public SimulationSettings Settings => new(_seed, _listings, HistoryStart, LazyHistoryAbove: _lazyAbove);

    public MarketSimulation Build() => MarketSimulation.Create(Settings, Now);
}
