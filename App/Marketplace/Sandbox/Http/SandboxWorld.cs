using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>A change to our offer from a patch: any of price, minimum price (null clears it) and quantity.</summary>
public sealed record OfferChange(decimal? Price, bool SetsMinimum, decimal? Minimum, int? Quantity)
{
    public bool IsEmpty => Price is null && !SetsMinimum && Quantity is null;
}

/// <summary>An accepted patch: applied at <see cref="EffectiveUtc"/>, unless silently <see cref="Dropped"/>.</summary>
public sealed record PatchReceipt(string SubmissionId, bool Dropped, DateTime EffectiveUtc);

/// <summary>
/// One simulated world and what we did to it: the simulation, our changes waiting for their effective
/// time, and the replay log that lets the same world come back after a restart. Changes are applied
/// exactly as a replay applies them (advance to the change's time, then set), which is what makes a
/// replayed world equal to the live one.
/// </summary>
public sealed partial class SandboxWorld
{
    private const int HistoryDays = 730;

    private readonly object _gate = new();
    private readonly ReplayLog _log;
    private readonly List<ReplayEntry> _pending = [];
    private readonly Lazy<CatalogIndex> _catalog;
    private int _submissions;

    private SandboxWorld(MarketSimulation simulation, ReplayLog log, int submissions)
    {
        Simulation = simulation;
        _log = log;
        _submissions = submissions;
        _catalog = new Lazy<CatalogIndex>(() => new CatalogIndex(simulation));
    }

    public MarketSimulation Simulation { get; }

    public int Seed => Simulation.Settings.Seed;

    /// <summary>Our listings and the competitors' (peer) listings, for Catalog Items and Keepa.</summary>
    internal CatalogIndex Catalog => _catalog.Value;

    /// <summary>Opens the world the log describes (or starts a fresh log when the seed or size differ) and replays it up to now.</summary>
    public static SandboxWorld Open(int seed, int listings, ReplayLog log, DateTime nowUtc, bool fresh)
    {
        var entries = fresh ? [] : log.Read();
        var header = entries.Count > 0 ? entries[0] : null;
        if (header is not { Kind: ReplayEntry.World, HistoryStartUtc: { } start } || header.Seed != seed || header.Listings != listings || start > nowUtc)
        {
            header = new ReplayEntry(ReplayEntry.World, nowUtc)
            {
                Seed = seed,
                Listings = listings,
                HistoryStartUtc = DateTime.SpecifyKind(nowUtc.Date.AddDays(-HistoryDays), DateTimeKind.Utc),
            };
            log.Restart(header);
            entries = [header];
        }
        var historyStart = header.HistoryStartUtc!.Value;
        var changes = entries.Where(e => e.IsChange && e.At >= historyStart).OrderBy(e => e.At).ToList();
        var createAt = changes.Count > 0 && changes[0].At < nowUtc ? changes[0].At : nowUtc;
        var simulation = MarketSimulation.Create(new SimulationSettings(seed, listings, historyStart), createAt);
        var world = new SandboxWorld(simulation, log, entries.Count(e => e.Kind == ReplayEntry.Patch));
        world._pending.AddRange(changes);
        world.RestoreDrops(entries);
        world.SyncTo(nowUtc);
        return world;
    }

    /// <summary>Applies every change due by <paramref name="nowUtc"/> in time order, then moves the world to now.</summary>
    public void SyncTo(DateTime nowUtc)
    {
        lock (_gate)
        {
            while (_pending.Count > 0 && _pending[0].At <= nowUtc)
            {
                var change = _pending[0];
                _pending.RemoveAt(0);
                Advance(change.At);
                Apply(change);
            }
            Advance(nowUtc);
        }
    }

    /// <summary>
    /// Accepts a validated change: logs the patch and, unless this submission is one of the silently
    /// dropped ones, the change with its effective time (now + delay). Deterministic: the n-th
    /// submission's id and fate depend only on the seed and n.
    /// </summary>
    public PatchReceipt Submit(string sku, OfferChange change, DateTime nowUtc, TimeSpan delay, double dropRate)
    {
        lock (_gate)
        {
            var n = (ulong)++_submissions;
            var id = $"{SimHash.Of((ulong)Seed, 0x5B, n):x16}{SimHash.Of((ulong)Seed, 0x5C, n):x16}";
            var dropped = TakeOrderedDrop(sku) || SimHash.Unit(SimHash.Of((ulong)Seed, 0xD4, n)) < dropRate;
            var effective = nowUtc + delay;
            _log.Append(new ReplayEntry(ReplayEntry.Patch, nowUtc) { Sku = sku, SubmissionId = id, Dropped = dropped });
            if (!dropped)
            {
                if (change.Price is { } price) Schedule(new ReplayEntry(ReplayEntry.Price, effective) { Sku = sku, Value = price });
                if (change.SetsMinimum) Schedule(new ReplayEntry(ReplayEntry.Min, effective) { Sku = sku, Value = change.Minimum });
                if (change.Quantity is { } quantity) Schedule(new ReplayEntry(ReplayEntry.Stock, effective) { Sku = sku, Value = quantity });
            }
            SyncTo(nowUtc);
            return new PatchReceipt(id, dropped, effective);
        }
    }

    /// <summary>Changes accepted but not yet in effect.</summary>
    public int PendingChanges
    {
        get { lock (_gate) return _pending.Count; }
    }

    private void Schedule(ReplayEntry change)
    {
        _log.Append(change);
        var at = _pending.FindLastIndex(p => p.At <= change.At);
        _pending.Insert(at + 1, change);
    }

    private void Advance(DateTime utc)
    {
        var tick = TimeSpan.FromMinutes(Simulation.Settings.TickMinutes);
        var start = Simulation.HistoryStartUtc;
        var floor = start + tick * Math.Floor((utc - start) / tick);
        if (floor > Simulation.NowUtc) Simulation.AdvanceTo(utc);
    }

    private void Apply(ReplayEntry change)
    {
        var sku = change.Sku ?? "";
        if (Simulation.GetListingBySku(sku) is null) return;
        switch (change.Kind)
        {
            case ReplayEntry.Price when change.Value is { } price:
                Simulation.SetOurPrice(sku, price, change.At);
                Show(_shownPrices, sku, Money.Round(price), change.At);
                break;
            case ReplayEntry.Stock when change.Value is { } quantity:
                Simulation.SetOurStock(sku, (int)quantity, change.At);
                Show(_shownStock, sku, quantity, change.At);
                break;
            case ReplayEntry.Min:
                _minimums[sku] = change.Value;
                _changedAt[sku] = change.At;
                break;
            case ReplayEntry.Scenario when ScenarioEntries.ToScenario(change) is { } scenario:
                Simulation.StartScenario(sku, scenario, change.At);
                break;
        }
    }
}
