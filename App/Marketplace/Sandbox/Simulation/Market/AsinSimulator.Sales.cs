using System.Runtime.CompilerServices;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>Buyers, sales, our orders, reviews and stock.</summary>
internal sealed partial class AsinSimulator
{
    private const double BuyBoxShare = 0.88;
    private const double ReviewRate = 0.03;
    private static readonly double[] QuantityCdf = [0.80, 0.92, 0.96, 0.98, 0.99, 1.0];
    private double _rate;
    private long _rateAt;
    private int _reviewCount;
    private long _starsTimesTen;
    private bool _ourRestockPending;

    public int ReviewCount => _reviewCount;

    public long StarsTimesTen => _starsTimesTen;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnCandidate(long t, int k, long day)
    {
        var lowest = int.MaxValue;
        foreach (var o in _live) if (Purchasable(o)) lowest = Math.Min(lowest, o.Landed);
        if (lowest == int.MaxValue) return;
        var hasBuyBox = BuyBoxSerial >= 0;
        // Without a buy box shoppers must open the offer list; fewer of them buy.
        var price = hasBuyBox ? _offers[BuyBoxSerial].Landed : lowest * 1.08;
        var factor = DemandModel.PriceFactor(price, Profile.ReferenceLanded, Profile.Elasticity)
            * (hasBuyBox ? 1.0 : 0.35) * (Profile.SearchSuppressed ? 0.3 : 1.0);
        if (SimHash.Unit(Hash(Purpose.CandidateAccept, day, k)) >= factor / DemandModel.PriceFactorCap) return;
        var hs = Hash(Purpose.CandidateSeller, day, k);
        var seller = hasBuyBox && SimHash.Unit(hs) < BuyBoxShare ? _offers[BuyBoxSerial] : PickByPrice(SimHash.Unit2(hs), lowest);
        var u = SimHash.Unit(Hash(Purpose.CandidateQuantity, day, k));
        var quantity = 1;
        while (u >= QuantityCdf[quantity - 1]) quantity++;
        Sell(t, seller, Math.Min(quantity, seller.Stock), day, k);
    }

    /// <summary>Shoppers who skip the buy box favour cheaper (and Prime) offers.</summary>
    private OfferState PickByPrice(double u, int lowest)
    {
        var total = 0.0;
        foreach (var o in _live) if (Purchasable(o)) total += Weight(o, lowest);
        var x = u * total;
        OfferState? last = null;
        foreach (var o in _live)
        {
            if (!Purchasable(o)) continue;
            last = o;
            x -= Weight(o, lowest);
            if (x < 0) return o;
        }
        return last!;
    }

    private static double Weight(OfferState o, int lowest) =>
        Math.Exp(-10.0 * ((double)o.Landed / lowest - 1)) * (o.IsFba || o.IsAmazon ? 1.3 : 1.0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Sell(long t, OfferState seller, int quantity, long day, int k)
    {
        seller.Stock -= quantity;
        if (seller.IsOurs)
        {
            var sequence = _orders.Count;
            _orders.Add(OrderRecord.Create(_w.Seed, Index, sequence, t, quantity, seller.Price, seller.Shipping));
            MaybeRestockOurs(t, sequence);
        }
        else if (seller.Stock == 0 && !seller.RestockPending)
        {
            seller.RestockPending = true;
            var days = 2 + SimHash.Unit(Hash(Purpose.Restock, day, k)) * 10;
            Push(t + (long)(days * SimTimeline.SecondsPerDay), EventKind.Restock, seller.Serial, seller.RestockLevel);
        }
        if (seller.Stock == 0) MarketChanged(t, seller);
        _rate = SalesRankModel.Decay(_rate, t - _rateAt) + SalesRankModel.Impulse(quantity);
        _rateAt = t;
        var hr = Hash(Purpose.Review, day, k);
        if (SimHash.Unit(hr) < ReviewRate)
        {
            var stars = Math.Clamp((int)Math.Round(Profile.Quality + 1.1 * SimHash.Normal(SimHash.Mix(hr))), 1, 5);
            _reviewCount++;
            _starsTimesTen += stars * 10;
            RecordRating(t);
        }
    }

    private void RecordRating(long t)
    {
        Series.ReviewCount.Record(t, _reviewCount);
        Series.RatingTimesTen.Record(t, _reviewCount == 0 ? ChangePointSeries.Absent : (int)Math.Round((double)_starsTimesTen / _reviewCount));
    }

    private void MaybeRestockOurs(long t, int sequence)
    {
        if (Profile.Neglected || _ourRestockPending || t >= _firstStockOverrideAt || Ours.Stock > Profile.ReorderPoint) return;
        _ourRestockPending = true;
        var days = 3 + SimHash.Unit(Hash(Purpose.OurRestock, sequence)) * 9;
        var at = _w.Time.CeilToTick(t + (long)(days * SimTimeline.SecondsPerDay));
        Push(at, EventKind.OurRestock, 0, Math.Max(1, Profile.RestockTarget - Ours.Stock));
    }

    private void OnOurRestock(long t, int quantity)
    {
        _ourRestockPending = false;
        if (t >= _firstStockOverrideAt) return;
        Ours.Stock += quantity;
        MarketChanged(t, Ours);
    }

    private void OnOurStockSet(long t, int quantity)
    {
        Ours.Stock = quantity;
        MarketChanged(t, Ours);
    }

    private void OnStockOut(long t, OfferState o, long durationSeconds)
    {
        if (!o.Active || o.Stock == 0 || o.RestockPending) return;
        o.Stock = 0;
        o.RestockPending = true;
        Push(t + durationSeconds, EventKind.Restock, o.Serial, o.RestockLevel);
        MarketChanged(t, o);
    }

    private void OnRestock(long t, OfferState o, int quantity)
    {
        o.RestockPending = false;
        if (!o.Active) return;
        o.Stock = Math.Max(o.Stock, quantity);
        MarketChanged(t, o);
    }

    /// <summary>A settled seller lists on this ASIN, drawn for the day (see <see cref="OnCasualArrival"/> for the hourly stream).</summary>
    private void OnArrival(long t, long day)
    {
        var r = DetRandom.For(_w.Seed, Purpose.NewOffer, (long)Hash(Purpose.NewOffer, day));
        var seller = _w.Sellers.Competitor(r.NextDouble());
        if (_live.Any(o => o.Seller.Index == seller.Index)) return;
        var lifetimeDays = -Math.Log(1 - r.NextDouble()) * SettledLifetimeDays;
        var departAt = _w.Time.CeilToTick(t + (long)(lifetimeDays * SimTimeline.SecondsPerDay) + 1);
        var offer = MarketSetup.NewCompetitor(_offers.Count, seller, r, Profile, CheapestLanded(), departAt, t);
        AddOffer(t, offer);
        Push(departAt, EventKind.Departure, offer.Serial, 0);
    }

    private void AddOffer(long t, OfferState offer)
    {
        _offers.Add(offer);
        _live.Add(offer);
        offer.RecordPrice(t);
        MarketChanged(t, offer);
    }

    /// <summary>A seller that left lists again on its old offer (kept in serial order among the listed ones).</summary>
    private void Relist(long t, OfferState offer)
    {
        offer.Active = true;
        offer.ArrivedAt = t;
        offer.LeftAt = -1;
        offer.NextReaction = -1;
        offer.RestockPending = false;
        var at = _live.FindIndex(o => o.Serial > offer.Serial);
        _live.Insert(at < 0 ? _live.Count : at, offer);
        offer.RecordPrice(t);
        MarketChanged(t, offer);
    }

    /// <summary>The cheapest landed price on offer now (0 when nothing is buyable).</summary>
    private int CheapestLanded() => LowestTwo().Landed is var l && l < int.MaxValue ? l : 0;

    private void OnDeparture(long t, OfferState o)
    {
        if (!o.Active) return;
        o.Active = false;
        o.LeftAt = t;
        _live.Remove(o);
        o.RecordPrice(t);
        MarketChanged(t, o);
    }
}
