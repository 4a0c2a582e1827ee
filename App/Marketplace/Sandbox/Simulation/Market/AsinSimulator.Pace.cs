using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// The market's everyday pace, tuned so that a 150-listing catalogue sees what a seller sees on Amazon
/// within the hour: rivals re-pricing several times an hour across the catalogue, a new seller joining
/// and a rival selling out about once an hour each, and the buy box changing hands now and then.
/// <para>Arrivals and stock-outs come from catalogue-wide streams rather than per-ASIN chances: each day
/// has a fixed number of slots (one an hour per 150 listings), spread evenly over the day, and slot p
/// goes to the ASIN at position p of that day's keyed shuffle of the catalogue. So they arrive about
/// hourly instead of in Poisson clumps with quiet hours between, and each ASIN still decides on its own
/// (one keyed permutation per day), so ASINs stay independent and lazily simulable.</para>
/// </summary>
internal sealed partial class AsinSimulator
{
    /// <summary>Catalogue-wide new sellers and stock-outs: one each per hour per this many listings.</summary>
    private const double ListingsPerHourlyEvent = 150;
    /// <summary>Rival re-pricings (beyond repricer reactions) per ASIN per day.</summary>
    private const double RivalMovesPerDay = 2.0;
    /// <summary>New sellers from the hourly stream mostly try and leave: mean days listed.</summary>
    private const double TrialLifetimeDays = 8;
    private const double SettledLifetimeDays = 120;
    private const int MaxCompetitors = 12;
    private const int CasualSellers = 4;

    /// <summary>This ASIN's occasional sellers: their offer serials once they first listed (-1 before).</summary>
    private int[]? _casuals;

    /// <summary>Where this ASIN's 6-hour buy-box rotation blocks start (seconds after midnight), so rotations
    /// spread over the day across the catalogue instead of all changing hands on the same four ticks.</summary>
    private long RotationPhase => SimHash.Below(SimHash.Of((ulong)_w.Seed, (ulong)Purpose.RotationPhase, (ulong)Index), (int)(BlockSeconds / _w.Time.TickSeconds)) * (long)_w.Time.TickSeconds;

    private long RotationBlock(long t) => (_w.Time.EpochDay * SimTimeline.SecondsPerDay + t - _phase) / BlockSeconds;

    private void ScheduleCatalogueSlots(long t, long day)
    {
        var n = _w.Listings;
        var slots = Math.Max(1, (int)Math.Round(n * 24 / ListingsPerHourlyEvent));
        Slots(Purpose.ArrivalSlot, EventKind.Arrival, 1);
        Slots(Purpose.StockOutSlot, EventKind.SlotStockOut, 0);

        void Slots(Purpose purpose, EventKind kind, int entity)
        {
            var key = SimHash.Of((ulong)_w.Seed, (ulong)purpose, (ulong)day);
            var position = n >= 4 ? (long)new FeistelPermutation((ulong)n, key).Forward((ulong)Index) : (Index + (long)(key % (ulong)n)) % n;
            for (var p = position; p < slots; p += n)
            {
                var from = p * SimTimeline.SecondsPerDay / slots;
                var to = (p + 1) * SimTimeline.SecondsPerDay / slots;
                var at = t + _w.Time.FloorToTick(from + (long)(SimHash.Unit(SimHash.Mix(key ^ (ulong)p)) * (to - from)));
                Push(at, kind, entity, p);
            }
        }
    }

    private void ScheduleRivalMoves(long t, long day)
    {
        var moves = SimHash.Poisson(Hash(Purpose.RivalMove, day), RivalMovesPerDay);
        for (var j = 0; j < moves; j++) Push(RandomTickInDay(t, Hash(Purpose.RivalMove, day, 1 + j)), EventKind.RivalMove, j, day);
    }

    /// <summary>
    /// A rival re-prices by hand or by its repricer's schedule: most often it goes for the buy box (a little
    /// under the winner, or the cheapest offer when nobody has it); otherwise, or when it already holds it or
    /// sits well under the reference price, it tries a few percent more.
    /// </summary>
    private void OnRivalMove(long t, int j, long day)
    {
        var movable = 0;
        foreach (var o in _live) if (Movable(o)) movable++;
        if (movable == 0) return;
        var h = Hash(Purpose.RivalMove, day, 1_000 + j);
        var pick = SimHash.Below(h, movable);
        OfferState mover = null!;
        foreach (var o in _live)
        {
            if (Movable(o) && pick-- == 0) { mover = o; break; }
        }
        var benchmark = BuyBoxSerial >= 0 ? _offers[BuyBoxSerial].Landed : LowestOtherLanded(mover);
        var cheap = mover.Landed < Profile.ReferenceLanded * 0.9;
        var u = SimHash.Unit2(h);
        var v = SimHash.Unit(SimHash.Mix(h));
        int price;
        if (BuyBoxSerial != mover.Serial && benchmark < int.MaxValue && u < (cheap ? 0.3 : 0.7))
        {
            price = benchmark - Math.Max(1, (int)(benchmark * 0.03 * v)) - mover.Shipping;
        }
        else
        {
            price = MarketSetup.Charm((int)(mover.Price * (1.01 + 0.05 * v)));
        }
        SetPrice(t, mover, Math.Clamp(price, mover.Floor, mover.Ceiling));
    }

    private bool Movable(OfferState o) => !o.IsOurs && !o.IsAmazon && !o.Scripted && Purchasable(o);

    private int LowestOtherLanded(OfferState o)
    {
        var lowest = int.MaxValue;
        foreach (var other in _live)
        {
            if (!ReferenceEquals(other, o) && Purchasable(other)) lowest = Math.Min(lowest, other.Landed);
        }
        return lowest;
    }

    /// <summary>The hourly stream's stock-out: a rival on this ASIN sells out for half a day to four days.</summary>
    private void OnSlotStockOut(long t, long slot)
    {
        var candidates = 0;
        foreach (var o in _live) if (Movable(o) && !o.RestockPending) candidates++;
        if (candidates == 0) return;
        var h = Hash(Purpose.StockOutSlot, _w.Time.AbsoluteDay(t), slot);
        var pick = SimHash.Below(h, candidates);
        foreach (var o in _live)
        {
            if (!Movable(o) || o.RestockPending || pick-- != 0) continue;
            OnStockOut(t, o, (long)((0.5 + 3.5 * SimHash.Unit2(h)) * SimTimeline.SecondsPerDay));
            return;
        }
    }

    /// <summary>
    /// The hourly stream's new seller: one of this ASIN's few occasional sellers who is not listed now lists
    /// for a while (days, mostly) around the cheapest price. A returning seller lists on its old offer, so
    /// years of comings and goings cost change points, not a new offer each time.
    /// </summary>
    private void OnCasualArrival(long t, long slot)
    {
        if (Competitors() >= MaxCompetitors) return;
        var h = Hash(Purpose.ArrivalSlot, _w.Time.AbsoluteDay(t), slot);
        _casuals ??= [-1, -1, -1, -1];
        var start = SimHash.Below(h, CasualSellers);
        for (var k = 0; k < CasualSellers; k++)
        {
            var c = (start + k) % CasualSellers;
            var serial = _casuals[c];
            if (serial >= 0 && (_offers[serial].Active || _live.Any(o => o.Seller.Index == _offers[serial].Seller.Index))) continue;
            var seller = serial >= 0 ? _offers[serial].Seller : CasualSeller(c);
            if (seller is null) continue;
            var r = DetRandom.For(_w.Seed, Purpose.NewOffer, (long)SimHash.Mix(h ^ (ulong)(c + 1)));
            var lifetimeDays = -Math.Log(1 - r.NextDouble()) * TrialLifetimeDays;
            var departAt = _w.Time.CeilToTick(t + (long)(lifetimeDays * SimTimeline.SecondsPerDay) + 1);
            if (serial >= 0)
            {
                MarketSetup.Relist(_offers[serial], r, Profile, CheapestLanded());
                Relist(t, _offers[serial]);
            }
            else
            {
                var offer = MarketSetup.NewCompetitor(_offers.Count, seller, r, Profile, CheapestLanded(), departAt, t);
                serial = _casuals[c] = offer.Serial;
                AddOffer(t, offer);
            }
            Push(departAt, EventKind.Departure, serial, 0);
            return;
        }
    }

    /// <summary>Occasional seller <paramref name="c"/>: a seller with no offer on this ASIN yet (null if none is found).</summary>
    private SellerProfile? CasualSeller(int c)
    {
        for (var attempt = 0; attempt < 16; attempt++)
        {
            var seller = _w.Sellers.Competitor(SimHash.Unit(Hash(Purpose.ArrivalSlot, c, attempt)));
            if (!_offers.Any(o => o.Seller.Index == seller.Index)) return seller;
        }
        return null;
    }

    private int Competitors()
    {
        var count = 0;
        foreach (var o in _live) if (!o.IsOurs && !o.IsAmazon) count++;
        return count;
    }
}
