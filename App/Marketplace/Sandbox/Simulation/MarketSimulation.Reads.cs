using SellerConsole.Marketplace.Sandbox.Simulation.Products;
using SellerConsole.Marketplace.Sandbox.Simulation.Market;

namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>Read side: every read sees the world at <see cref="NowUtc"/>.</summary>
public sealed partial class MarketSimulation
{
    public int ListingCount => _sims.Length;

    /// <summary>Our subcategories (also the keys for <see cref="GetPeerListings"/>).</summary>
    public IReadOnlyList<string> Categories { get; } = Products.Categories.All.Select(c => c.Name).ToArray();

    public Page<ListingSnapshot> GetListings(int offset, int limit)
    {
        CheckPage(offset, limit);
        return Read(now =>
        {
            // A lazy world simulates an ASIN's history on first use: a large page does that on every core.
            if (LazyHistory && limit > 100) CatchUp(now, offset, limit);
            var items = new List<ListingSnapshot>();
            for (var i = offset; i < Math.Min(_sims.Length, offset + limit); i++)
            {
                items.Add(WithSim(i, now, s => SnapshotMapper.Listing(s, _world, now)));
            }
            return new Page<ListingSnapshot>(items, offset, _sims.Length);
        });
    }

    public ListingSnapshot? GetListingBySku(string sku) =>
        _bySku.TryGetValue(sku, out var i) ? Read(now => WithSim(i, now, s => SnapshotMapper.Listing(s, _world, now))) : null;

    public ListingSnapshot? GetListingByAsin(string asin) =>
        _byAsin.TryGetValue(asin, out var i) ? Read(now => WithSim(i, now, s => SnapshotMapper.Listing(s, _world, now))) : null;

    /// <summary>Current offers and buy box for one of our ASINs; null for unknown ASINs.</summary>
    public OfferBook? GetOffers(string asin) =>
        _byAsin.TryGetValue(asin, out var i) ? Read(now => WithSim(i, now, s => SnapshotMapper.Offers(s, _world, now))) : null;

    /// <summary>Change-point histories from the history start to now; null for unknown ASINs.</summary>
    public AsinHistory? GetHistory(string asin) =>
        _byAsin.TryGetValue(asin, out var i) ? Read(now => WithSim(i, now, s => SnapshotMapper.History(s, _world, now))) : null;

    /// <summary>
    /// How many offers <see cref="GetHistory"/> would list (only those still listed when <paramref name="liveOnly"/>);
    /// null for unknown ASINs. Keepa's token cost needs only this, without mapping two years of points.
    /// </summary>
    public int? GetHistoryOfferCount(string asin, bool liveOnly) =>
        _byAsin.TryGetValue(asin, out var i) ? Read(now => WithSim(i, now, s => s.Offers.Count(o => !liveOnly || o.LeftAt < 0))) : null;

    /// <summary>Top-ranked competitor listings in a category (best rank first); empty for unknown categories.</summary>
    public IReadOnlyList<PeerListing> GetPeerListings(string category) =>
        _peers.TryGetValue(category, out var list) ? list : [];

    /// <summary>
    /// Expected buyer demand (units per day, all sellers) for an ASIN on a day, at its reference price
    /// with a buy box: base popularity × season × weekday. Our price then scales this up or down.
    /// </summary>
    public double ExpectedDailyUnits(string asin, DateTime dayUtc)
    {
        if (!_byAsin.TryGetValue(asin, out var i)) throw new KeyNotFoundException($"Unknown ASIN '{asin}'.");
        var p = _sims[i].Profile;
        return DemandModel.ExpectedDailyUnits(p.BaseUnitsPerDay, p.Category, dayUtc.Date);
    }

    private T Read<T>(Func<long, T> read)
    {
        _gate.EnterReadLock();
        try
        {
            return read(_now);
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    /// <summary>Runs <paramref name="read"/> on an ASIN brought up to now (the lazy catch-up point).</summary>
    private T WithSim<T>(int index, long now, Func<AsinSimulator, T> read)
    {
        var sim = _sims[index];
        lock (sim)
        {
            if (sim.ProcessedUntil < now) sim.AdvanceTo(now);
            return read(sim);
        }
    }

    private void CatchUpAll(long now) => CatchUp(now, 0, _sims.Length);

    private void CatchUp(long now, int offset, int limit)
    {
        Parallel.ForEach(_sims.Skip(offset).Take(limit), s =>
        {
            lock (s)
            {
                if (s.ProcessedUntil < now) s.AdvanceTo(now);
            }
        });
    }

    private static void CheckPage(int offset, int limit)
    {
        if (offset < 0) throw new ArgumentOutOfRangeException(nameof(offset));
        if (limit is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(limit));
    }
}
