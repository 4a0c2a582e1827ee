using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>A scenario scheduled on one ASIN, in simulation units (pence, seconds since the history start).</summary>
internal sealed class ScenarioRun(MarketScenario scenario, long startAt, long endAt, int delaySeconds)
{
    public MarketScenario Scenario { get; } = scenario;
    public long StartAt { get; } = startAt;
    public long EndAt { get; } = endAt;
    public int DelaySeconds { get; } = delaySeconds;
    public bool Started { get; set; }
    public int OfferSerial { get; set; } = -1;
    public string? Skipped { get; set; }
}

/// <summary>The repricer's scenarios, played on this ASIN on demand (see <see cref="MarketScenarioKind"/>).</summary>
internal sealed partial class AsinSimulator
{
    private List<ScenarioRun>? _scenarios;
    /// <summary>The reference price the buy box is judged against while it is suppressed (0: not suppressed).</summary>
    private int _suppressedReference;
    private long _suppressedUntil = -1;
    private long _quietUntil = -1;

    public IReadOnlyList<ScenarioRun> Scenarios => _scenarios ?? [];

    /// <summary>The reference landed price the competitive threshold (and so buy-box eligibility) comes from now.</summary>
    public int BuyBoxReference => _suppressedReference > 0 ? _suppressedReference : Profile.ReferenceLanded;

    public void ScheduleScenario(ScenarioRun run)
    {
        if (run.StartAt < ProcessedUntil) throw new InvalidOperationException("Scenarios only affect the future.");
        (_scenarios ??= []).Add(run);
        Push(run.StartAt, EventKind.ScenarioStart, _scenarios.Count - 1, 0);
    }

    private void OnScenarioStart(long t, int id)
    {
        var run = _scenarios![id];
        run.Started = true;
        var s = run.Scenario;
        if (s.Quiet) _quietUntil = Math.Max(_quietUntil, run.EndAt);
        switch (s.Kind)
        {
            case MarketScenarioKind.PriceWar or MarketScenarioKind.Follower:
                if (ScenarioSeller(id) is not { } seller)
                {
                    run.Skipped = "No seller with good feedback was free to join.";
                    return;
                }
                var gap = s.Kind == MarketScenarioKind.PriceWar ? -1 : Pence(s.Gap);
                var floor = s.Kind == MarketScenarioKind.PriceWar ? s.Floor is { } f ? Pence(f) : Ours.Landed * 85 / 100 : 1;
                var tracker = new OfferState(_offers.Count, seller, false, OfferBehaviour.TracksOurPrice)
                {
                    Price = Math.Clamp(Ours.Landed + gap, floor, MaxPence), Shipping = 0, Stock = 999, RestockLevel = 999,
                    Floor = Math.Min(floor, MaxPence), Ceiling = MaxPence, ReactDelayTicks = run.DelaySeconds / _w.Time.TickSeconds,
                    ShipMinDays = 1, ShipMaxDays = 2, ArrivedAt = t, DepartAt = run.EndAt, Scripted = true, TrackOffset = gap,
                };
                Join(t, run, tracker);
                break;
            case MarketScenarioKind.AmazonVisit:
                if (_live.Any(o => o.IsAmazon))
                {
                    run.Skipped = "Amazon already sells this ASIN.";
                    return;
                }
                var lowest = LowestTwo().Landed;
                var price = s.Price is { } p ? Pence(p) : Math.Max(1, (lowest == int.MaxValue ? Profile.ReferenceLanded : lowest) - 1);
                Join(t, run, new OfferState(_offers.Count, _w.Sellers.Amazon, true, OfferBehaviour.AmazonRetail)
                {
                    Price = Math.Min(price, MaxPence), Stock = 1_000, RestockLevel = 1_000, ShipMinDays = 1, ShipMaxDays = 2,
                    Floor = price, Ceiling = price, ArrivedAt = t, DepartAt = run.EndAt, Scripted = true,
                });
                break;
            case MarketScenarioKind.SuppressedBuyBox:
                var cheapest = Math.Min(LowestTwo().Landed, Profile.ReferenceLanded);
                // A threshold of 0.6 x 1.3 = 78% of the cheapest offer: every offer is far above it.
                _suppressedReference = Math.Max(1, cheapest * 60 / 100);
                _suppressedUntil = Math.Max(_suppressedUntil, run.EndAt);
                Push(run.EndAt, EventKind.ScenarioEnd, id, 0);
                MarketChanged(t, null);
                break;
        }
    }

    private void OnScenarioEnd(long t, int id)
    {
        if (_scenarios![id].Scenario.Kind != MarketScenarioKind.SuppressedBuyBox || t < _suppressedUntil) return;
        _suppressedReference = 0;
        _suppressedUntil = -1;
        MarketChanged(t, null);
    }

    private void Join(long t, ScenarioRun run, OfferState offer)
    {
        run.OfferSerial = offer.Serial;
        AddOffer(t, offer);
        Push(run.EndAt, EventKind.Departure, offer.Serial, 0);
    }

    /// <summary>
    /// While a quiet scenario runs the ASIN's other rivals hold still: their price moves are skipped, and their
    /// repricer reactions, stock-outs, restocks, arrivals and departures wait for its end. True: the event is held.
    /// </summary>
    private bool HeldWhileQuiet(in SimEvent e)
    {
        if (e.Time >= _quietUntil) return false;
        switch (e.Kind)
        {
            case EventKind.PriceTweak or EventKind.RivalMove or EventKind.AmazonMove or EventKind.Oscillation:
                return true;
            case EventKind.Reaction when _offers[e.Entity].NextReaction == e.Time:
                _offers[e.Entity].NextReaction = _quietUntil;
                Push(_quietUntil, e.Kind, e.Entity, e.Arg);
                return true;
            case EventKind.StockOutStart or EventKind.SlotStockOut or EventKind.Arrival:
            case EventKind.Restock or EventKind.Departure when !_offers[e.Entity].Scripted:
                Push(_quietUntil, e.Kind, e.Entity, e.Arg);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Our price changed: each rival tracking it answers after its delay, relative to this price.</summary>
    private void OurPriceMoved(long t)
    {
        foreach (var o in _live)
        {
            if (o.Behaviour != OfferBehaviour.TracksOurPrice) continue;
            Push(t + o.ReactDelayTicks * (long)_w.Time.TickSeconds, EventKind.TrackOurPrice, o.Serial, Ours.Landed + o.TrackOffset);
        }
    }

    private void OnTrackOurPrice(long t, OfferState o, int targetLanded) =>
        SetPrice(t, o, Math.Clamp(targetLanded - o.Shipping, o.Floor, o.Ceiling));

    /// <summary>A UK seller with good feedback not on this ASIN now, chosen by the scenario's own key.</summary>
    private SellerProfile? ScenarioSeller(int id)
    {
        var pool = _w.Sellers;
        var start = SimHash.Below(Hash(Purpose.ScenarioSeller, id), pool.CompetitorCount);
        for (var k = 0; k < pool.CompetitorCount; k++)
        {
            var seller = pool[1 + (start + k) % pool.CompetitorCount];
            if (seller.FeedbackPercent >= 95 && seller.FeedbackCount >= 100 && seller.ShipMaxDays <= 5
                && !_live.Any(o => o.Seller.Index == seller.Index)) return seller;
        }
        return null;
    }

    private const int MaxPence = 1_000_000;

    private static int Pence(decimal gbp) => (int)Math.Round(gbp * 100, MidpointRounding.AwayFromZero);
}
