using SellerConsole.Marketplace.Sandbox.Simulation.Products;
using SellerConsole.Marketplace.Sandbox.Simulation.Market;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>
/// The Sandbox marketplace's simulated world: our catalogue, the competing offers and buy box on
/// each ASIN, buyers and our orders, sales rank and reviews, with two years of history.
/// <para>Determinism: the state at time T depends only on the settings, the price and stock
/// instructions given (with their effective times) and T; never on how the clock was stepped.</para>
/// <para>Laziness: with more than <see cref="SimulationSettings.LazyHistoryAbove"/> listings an
/// ASIN's market is simulated up to now on first access (results are identical, only the cost
/// moves). Order queries touch every ASIN, so the first one in a large world is slow.</para>
/// <para>Threads: any number of readers run concurrently; <see cref="AdvanceTo"/>,
/// <see cref="SetOurPrice"/> and <see cref="SetOurStock"/> take an exclusive lock.</para>
/// </summary>
public sealed partial class MarketSimulation
{
    private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.NoRecursion);
    private readonly WorldContext _world;
    private readonly AsinSimulator[] _sims;
    private readonly Dictionary<string, int> _bySku;
    private readonly Dictionary<string, int> _byAsin;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<PeerListing>> _peers;
    private long _now;

    private MarketSimulation(SimulationSettings settings, WorldContext world, CatalogueEntry[] entries,
        IReadOnlyDictionary<string, IReadOnlyList<PeerListing>> peers)
    {
        Settings = settings;
        _world = world;
        _peers = peers;
        _sims = new AsinSimulator[entries.Length];
        Parallel.For(0, entries.Length, i => _sims[i] = new AsinSimulator(world, entries[i]));
        Catalogue = entries.Select(e => e.Listing).ToArray();
        _bySku = Catalogue.ToDictionary(l => l.Sku, l => l.Index, StringComparer.OrdinalIgnoreCase);
        _byAsin = Catalogue.ToDictionary(l => l.Asin, l => l.Index, StringComparer.Ordinal);
    }

    public static MarketSimulation Create(SimulationSettings settings, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (nowUtc.Kind != DateTimeKind.Utc) throw new ArgumentException("Times must be UTC.", nameof(nowUtc));
        if (settings.Listings is < 1 or > Identifiers.MaxListings) throw new ArgumentOutOfRangeException(nameof(settings), "Listings must be 1..100,000.");
        var start = settings.HistoryStartUtc ?? DateTime.SpecifyKind(nowUtc.Date.AddDays(-settings.HistoryDays), DateTimeKind.Utc);
        if (nowUtc < start) throw new ArgumentException("Now is before the history start.", nameof(nowUtc));
        var time = new SimTimeline(start, settings.TickMinutes);
        var ids = new Identifiers(settings.Seed);
        var world = new WorldContext(settings.Seed, time, new SellerPool(settings.Seed, settings.Listings, ids, settings.OurSellerName), ids, settings.Listings);
        var entries = CatalogueGenerator.Generate(settings.Seed, settings.Listings, start, ids);
        var peers = PeerGenerator.Generate(settings.Seed, settings.PeersPerCategory, ids);
        var simulation = new MarketSimulation(settings, world, entries, peers);
        simulation.AdvanceTo(nowUtc);
        return simulation;
    }

    /// <summary>The highest item price the simulation accepts (GBP).</summary>
    public const decimal MaxPrice = 10_000m;

    public SimulationSettings Settings { get; }

    public DateTime HistoryStartUtc => _world.Time.EpochUtc;

    /// <summary>The simulated present: the last tick boundary not after the time last advanced to.</summary>
    public DateTime NowUtc => _world.Time.ToUtc(Volatile.Read(ref _now));

    public string OurSellerId => _world.Sellers.Us.SellerId;

    public string OurSellerName => _world.Sellers.Us.Name;

    public bool LazyHistory => _sims.Length > Settings.LazyHistoryAbove;

    /// <summary>Our listings' static facts, in index order (safe to read without locking).</summary>
    public IReadOnlyList<CatalogListing> Catalogue { get; }

    /// <summary>Moves the world forward to the last tick boundary at or before <paramref name="utc"/>.</summary>
    public void AdvanceTo(DateTime utc)
    {
        if (utc.Kind != DateTimeKind.Utc) throw new ArgumentException("Times must be UTC.", nameof(utc));
        _gate.EnterWriteLock();
        try
        {
            var target = _world.Time.FloorToTick(_world.Time.ToSeconds(utc));
            if (target < _now) throw new ArgumentOutOfRangeException(nameof(utc), "The simulation cannot go back in time.");
            _now = target;
            if (!LazyHistory) Parallel.ForEach(_sims, s => { lock (s) s.AdvanceTo(target); });
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <summary>Sets our item price from the market tick <paramref name="effectiveUtc"/> falls in (never earlier
    /// than now), so reads show it from the next tick boundary on: a change that takes effect at 10:02 is in every
    /// read from 10:15. Unknown SKUs throw <see cref="KeyNotFoundException"/>.</summary>
    public void SetOurPrice(string sku, decimal price, DateTime effectiveUtc)
    {
        if (price is <= 0 or > MaxPrice) throw new ArgumentOutOfRangeException(nameof(price), $"Prices must be above zero and at most {MaxPrice}.");
        var pence = (int)Money.ToPence(Money.Round(price));
        Schedule(sku, effectiveUtc, (sim, at) => sim.ScheduleOurPrice(at, pence));
    }

    /// <summary>Sets our available quantity from the market tick <paramref name="effectiveUtc"/> falls in (as <see cref="SetOurPrice"/>).
    /// From then on the simulated warehouse no longer restocks this SKU by itself.</summary>
    public void SetOurStock(string sku, int quantity, DateTime effectiveUtc)
    {
        if (quantity is < 0 or > 1_000_000) throw new ArgumentOutOfRangeException(nameof(quantity));
        Schedule(sku, effectiveUtc, (sim, at) => sim.ScheduleOurStock(at, quantity));
    }

    private void Schedule(string sku, DateTime effectiveUtc, Action<AsinSimulator, long> schedule)
    {
        if (effectiveUtc.Kind != DateTimeKind.Utc) throw new ArgumentException("Times must be UTC.", nameof(effectiveUtc));
        _gate.EnterWriteLock();
        try
        {
            if (!_bySku.TryGetValue(sku, out var index)) throw new KeyNotFoundException($"Unknown SKU '{sku}'.");
            // The tick now is in has not been applied yet (reads see the events before it), so it is still the future.
            var at = Math.Max(_now, _world.Time.FloorToTick(_world.Time.ToSeconds(effectiveUtc)));
            var sim = _sims[index];
            lock (sim) schedule(sim, at);
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }
}
