using System.Runtime.CompilerServices;
using SellerConsole.Marketplace.Sandbox.Simulation.Products;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// The market of one ASIN as a discrete-event simulation. ASINs never interact, so each one can
/// be advanced on its own (in parallel, or lazily on first read). Every random decision is a keyed
/// hash of (seed, ASIN, time index, purpose), and same-second events run in a fixed kind order, so
/// the state at a time depends only on the seed, our price/stock instructions and the time.
/// Not thread-safe: the owner locks it.
/// </summary>
internal sealed partial class AsinSimulator
{
    private readonly WorldContext _w;
    private readonly List<OfferState> _offers;
    /// <summary>The offers still listed, in serial order (the hot loops skip departed offers).</summary>
    private readonly List<OfferState> _live;
    private readonly List<OrderRecord> _orders = [];
    private readonly PriorityQueue<SimEvent, EventKey> _queue = new();
    private long _sequence;
    private long _firstPriceOverrideAt = long.MaxValue;
    private long _firstStockOverrideAt = long.MaxValue;
    private readonly long _phase;

    public AsinSimulator(WorldContext world, CatalogueEntry entry)
    {
        _w = world;
        Entry = entry;
        Profile = MarketSetup.Profile(world.Seed, entry);
        _phase = RotationPhase;
        _offers = MarketSetup.InitialOffers(world.Seed, entry, Profile, world.Sellers, world.Time);
        _live = [.. _offers];
        _reviewCount = Profile.InitialReviews;
        _starsTimesTen = Profile.InitialStarsTimesTen;
        _rate = DemandModel.ExpectedDailyUnits(Profile.BaseUnitsPerDay, Profile.Category, world.Time.EpochUtc);
        foreach (var o in _offers)
        {
            o.RecordPrice(0);
            if (o.DepartAt != long.MaxValue) Push(o.DepartAt, EventKind.Departure, o.Serial, 0);
        }
        Push(0, EventKind.DayStart, 0, 0);
        RecordRating(0);
        RecomputeBuyBox(0);
        RecordMarket(0);
        Series.SalesRank.Record(0, SalesRankModel.Rank(_rate, 0));
    }

    public CatalogueEntry Entry { get; }

    public AsinProfile Profile { get; }

    public AsinSeries Series { get; } = new();

    /// <summary>All events before this time (seconds since history start) have been applied.</summary>
    public long ProcessedUntil { get; private set; }

    public IReadOnlyList<OfferState> Offers => _offers;

    public IReadOnlyList<OrderRecord> Orders => _orders;

    private OfferState Ours => _offers[0];

    private int Index => Profile.Index;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AdvanceTo(long target)
    {
        var from = ProcessedUntil;
        while (_queue.TryPeek(out var e, out _) && e.Time < target)
        {
            _queue.Dequeue();
            Handle(e);
        }
        ProcessedUntil = Math.Max(ProcessedUntil, target);
        if (ProcessedUntil - from > TrimAfterSeconds) TrimHistory();
    }

    /// <summary>
    /// After a long stretch (the years simulated on first access) the histories and orders are
    /// trimmed to size: at 5,000 listings their growth slack alone was about 80 MB. Minute-by-minute
    /// advances append a point or two and are not worth a copy.
    /// </summary>
    private const long TrimAfterSeconds = 7 * SimTimeline.SecondsPerDay;

    private void TrimHistory()
    {
        foreach (var (_, series) in Series.All()) series.TrimExcess();
        foreach (var offer in _offers) offer.History.TrimExcess();
        _orders.TrimExcess();
    }

    /// <summary>Queues our price change; <paramref name="at"/> is never before <see cref="ProcessedUntil"/>.</summary>
    public void ScheduleOurPrice(long at, int pence)
    {
        if (at < ProcessedUntil) throw new InvalidOperationException("Our price changes only affect the future.");
        _firstPriceOverrideAt = Math.Min(_firstPriceOverrideAt, at);
        Push(at, EventKind.OurPriceChange, 0, pence);
    }

    public void ScheduleOurStock(long at, int quantity)
    {
        if (at < ProcessedUntil) throw new InvalidOperationException("Our stock changes only affect the future.");
        _firstStockOverrideAt = Math.Min(_firstStockOverrideAt, at);
        Push(at, EventKind.OurStockSet, 0, quantity);
    }

    private void Push(long time, EventKind kind, int entity, long arg) =>
        _queue.Enqueue(new SimEvent(time, kind, entity, arg), new EventKey(time, kind, entity, _sequence++));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Handle(SimEvent e)
    {
        var t = e.Time;
        if (_quietUntil > t && HeldWhileQuiet(e)) return;
        switch (e.Kind)
        {
            case EventKind.DayStart: OnDayStart(t); break;
            case EventKind.Candidate: OnCandidate(t, e.Entity, e.Arg); break;
            case EventKind.Periodic: OnPeriodic(t, e.Entity, e.Arg); break;
            case EventKind.Reaction: OnReaction(t, _offers[e.Entity]); break;
            case EventKind.OurPriceChange: SetPrice(t, Ours, (int)e.Arg); break;
            case EventKind.OurStockSet: OnOurStockSet(t, (int)e.Arg); break;
            case EventKind.OurRestock: OnOurRestock(t, (int)e.Arg); break;
            case EventKind.OwnerDrift: OnOwnerDrift(t, e.Arg); break;
            case EventKind.PriceTweak: OnPriceTweak(t, _offers[e.Entity], e.Arg); break;
            case EventKind.AmazonMove: OnAmazonMove(t, _offers[e.Entity], e.Arg); break;
            case EventKind.Oscillation: OnOscillation(t, _offers[e.Entity]); break;
            case EventKind.StockOutStart: OnStockOut(t, _offers[e.Entity], e.Arg); break;
            case EventKind.Restock: OnRestock(t, _offers[e.Entity], (int)e.Arg); break;
            case EventKind.Arrival: if (e.Entity == 0) OnArrival(t, e.Arg); else OnCasualArrival(t, e.Arg); break;
            case EventKind.RivalMove: OnRivalMove(t, e.Entity, e.Arg); break;
            case EventKind.SlotStockOut: OnSlotStockOut(t, e.Arg); break;
            case EventKind.ScenarioStart: OnScenarioStart(t, e.Entity); break;
            case EventKind.ScenarioEnd: OnScenarioEnd(t, e.Entity); break;
            case EventKind.TrackOurPrice: OnTrackOurPrice(t, _offers[e.Entity], (int)e.Arg); break;
            case EventKind.Departure: OnDeparture(t, _offers[e.Entity]); break;
            default: throw new InvalidOperationException($"Unhandled event {e.Kind}.");
        }
    }

    private ulong Hash(Purpose purpose, long a, long b = 0) =>
        SimHash.Of((ulong)_w.Seed, (ulong)purpose, (ulong)Index, (ulong)a, (ulong)b);

    private long RandomTickInDay(long dayStart, ulong h) =>
        dayStart + SimHash.Below(h, _w.Time.TicksPerDay) * (long)_w.Time.TickSeconds;
}
