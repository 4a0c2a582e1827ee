using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Scenarios started on demand. Like our price changes they go into the replay log first, so a restarted
/// Sandbox plays them again at the same times; ordered silent drops are logged too, and what is left of
/// them is recounted from the patches logged after them.
/// </summary>
public sealed partial class SandboxWorld
{
    private readonly Dictionary<string, int> _orderedDrops = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Logs and schedules <paramref name="scenario"/> on the SKU's ASIN from the first market tick at or after now.</summary>
    public ScenarioStatus StartScenario(string sku, MarketScenario scenario, DateTime nowUtc)
    {
        lock (_gate)
        {
            SyncTo(nowUtc);
            Schedule(ScenarioEntries.ToEntry(sku, scenario, nowUtc));
            SyncTo(nowUtc);
            return Simulation.GetScenarios().Last(s => string.Equals(s.Sku, sku, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The SKU's next <paramref name="count"/> accepted patches are answered ACCEPTED and never applied.</summary>
    public int OrderSilentDrops(string sku, int count, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_gate)
        {
            _log.Append(new ReplayEntry(ReplayEntry.Drops, nowUtc) { Sku = sku, Count = count });
            return _orderedDrops[sku] = _orderedDrops.GetValueOrDefault(sku) + count;
        }
    }

    /// <summary>Ordered silent drops not yet used, by SKU.</summary>
    public IReadOnlyDictionary<string, int> OrderedDrops
    {
        get
        {
            lock (_gate) return _orderedDrops.Where(d => d.Value > 0).ToDictionary(d => d.Key, d => d.Value, StringComparer.OrdinalIgnoreCase);
        }
    }

    // Called under _gate by Submit.
    private bool TakeOrderedDrop(string sku)
    {
        if (!_orderedDrops.TryGetValue(sku, out var left) || left <= 0) return false;
        _orderedDrops[sku] = left - 1;
        return true;
    }

    private void RestoreDrops(IEnumerable<ReplayEntry> entries)
    {
        foreach (var e in entries)
        {
            if (e is { Kind: ReplayEntry.Drops, Sku: { } sku, Count: > 0 }) _orderedDrops[sku] = _orderedDrops.GetValueOrDefault(sku) + e.Count.Value;
            else if (e is { Kind: ReplayEntry.Patch, Sku: { } patched, Dropped: true }) TakeOrderedDrop(patched);
        }
    }
}
