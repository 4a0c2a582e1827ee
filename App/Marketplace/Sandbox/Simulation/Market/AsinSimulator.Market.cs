using System.Runtime.CompilerServices;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>Competitor behaviour, the buy box and the market-level histories.</summary>
internal sealed partial class AsinSimulator
{
    private const double RotationNoise = 0.12;
    // Scratch for the buy-box choice, per thread rather than per ASIN: an ASIN is advanced by one thread at a time.
    [ThreadStatic] private static BuyBoxCandidate[]? t_candidates;
    [ThreadStatic] private static double[]? t_noise;
    private (int Landed, int Serial, int Second) _lowest = (-1, -1, -1);

    /// <summary>Serial of the current buy box winner, or -1.</summary>
    public int BuyBoxSerial { get; private set; } = -1;

    public bool Purchasable(OfferState o) => o.InStock && !(o.IsOurs && Profile.ListingSuppressed);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarketChanged(long t, OfferState? cause)
    {
        RecomputeBuyBox(t);
        RecordMarket(t);
        // Repricers follow the lowest other landed price: only a change to the lowest two offers can move them.
        var lowest = LowestTwo();
        if (lowest == _lowest) return;
        _lowest = lowest;
        foreach (var o in _live)
        {
            if (!o.IsReactive || ReferenceEquals(o, cause)) continue;
            var at = t + o.ReactDelayTicks * (long)_w.Time.TickSeconds;
            if (o.NextReaction >= 0 && o.NextReaction <= at) continue;
            o.NextReaction = at;
            Push(at, EventKind.Reaction, o.Serial, 0);
        }
    }

    private (int Landed, int Serial, int Second) LowestTwo()
    {
        int best = int.MaxValue, serial = -1, second = int.MaxValue;
        foreach (var o in _live)
        {
            if (!Purchasable(o)) continue;
            if (o.Landed < best)
            {
                second = best;
                best = o.Landed;
                serial = o.Serial;
            }
            else if (o.Landed < second)
            {
                second = o.Landed;
            }
        }
        return (best, serial, second);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RecomputeBuyBox(long t)
    {
        var live = _live.Count;
        if (t_candidates is null || t_candidates.Length < live)
        {
            t_candidates = new BuyBoxCandidate[Math.Max(16, live * 2)];
            t_noise = new double[t_candidates.Length];
        }
        var candidates = t_candidates;
        var noise = t_noise!;
        var reference = BuyBoxReference;
        var min = long.MaxValue;
        var tied = 0;
        for (var i = 0; i < live; i++)
        {
            var o = _live[i];
            var c = candidates[i] = o.ToCandidate() with { InStock = Purchasable(o) };
            if (!BuyBoxModel.IsEligible(c, reference) || c.LandedPence > min) continue;
            tied = c.LandedPence == min ? tied + 1 : 1;
            min = c.LandedPence;
        }
        // Rotation noise only decides ties; it is fixed per 6-hour block and offer, so it is drawn only when offers tie.
        var block = RotationBlock(t);
        for (var i = 0; i < live; i++)
        {
            noise[i] = tied > 1 && candidates[i].LandedPence == min
                ? RotationNoise * SimHash.Symmetric(Hash(Purpose.BuyBoxRotation, block, _live[i].Serial))
                : 0;
        }
        var winner = BuyBoxModel.Choose(candidates.AsSpan(0, live), reference, noise.AsSpan(0, live));
        BuyBoxSerial = winner < 0 ? -1 : _live[winner].Serial;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RecordMarket(long t)
    {
        int fbm = int.MaxValue, fba = int.MaxValue, amazon = ChangePointSeries.Absent;
        var count = 0;
        foreach (var o in _live)
        {
            if (!Purchasable(o)) continue;
            count++;
            if (o.IsAmazon) amazon = o.Price;
            else if (o.IsFba) fba = Math.Min(fba, o.Landed);
            else fbm = Math.Min(fbm, o.Landed);
        }
        var s = Series;
        s.OurPrice.Record(t, Ours.Price);
        s.BuyBoxLanded.Record(t, BuyBoxSerial >= 0 ? _offers[BuyBoxSerial].Landed : ChangePointSeries.Absent);
        s.BuyBoxWinner.Record(t, BuyBoxSerial >= 0 ? BuyBoxSerial : ChangePointSeries.Absent);
        s.LowestFbmLanded.Record(t, fbm == int.MaxValue ? ChangePointSeries.Absent : fbm);
        s.LowestFbaLanded.Record(t, fba == int.MaxValue ? ChangePointSeries.Absent : fba);
        s.AmazonPrice.Record(t, amazon);
        s.NewOfferCount.Record(t, count);
    }

    private void SetPrice(long t, OfferState o, int price)
    {
        if (!o.Active || price == o.Price) return;
        o.Price = price;
        o.RecordPrice(t);
        MarketChanged(t, o);
        if (o.IsOurs) OurPriceMoved(t);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnReaction(long t, OfferState o)
    {
        if (!o.Active || o.NextReaction != t) return;
        o.NextReaction = -1;
        var lowest = int.MaxValue;
        foreach (var other in _live)
        {
            if (!ReferenceEquals(other, o) && Purchasable(other)) lowest = Math.Min(lowest, other.Landed);
        }
        var targetLanded = lowest == int.MaxValue ? o.Ceiling + o.Shipping
            : o.Behaviour == OfferBehaviour.UndercutBy1p ? lowest - 1 : lowest;
        SetPrice(t, o, Math.Clamp(targetLanded - o.Shipping, o.Floor, o.Ceiling));
    }

    private void OnPriceTweak(long t, OfferState o, long day)
    {
        var factor = 1 + 0.04 * SimHash.Normal(Hash(Purpose.PriceTweak, day, o.Serial + 1_000));
        SetPrice(t, o, Math.Clamp(MarketSetup.Charm((int)(o.Price * factor)), o.Floor, o.Ceiling));
    }

    private void OnAmazonMove(long t, OfferState o, long day)
    {
        var h = Hash(Purpose.AmazonMove, day, 1);
        var lowestOther = _live.Where(x => !ReferenceEquals(x, o) && Purchasable(x)).Select(x => x.Landed).DefaultIfEmpty(0).Min();
        var target = SimHash.Unit(h) < 0.5 && lowestOther > 0
            ? lowestOther
            : MarketSetup.Charm((int)(Profile.ReferenceLanded * (0.93 + 0.14 * SimHash.Unit2(h))));
        SetPrice(t, o, Math.Clamp(target, o.Floor, o.Ceiling));
    }

    /// <summary>
    /// The seller reviewing a price by hand now and then: without the buy box they match it (or the
    /// lowest offer when nobody has it), never below a cost-based floor; holding it, they try a little more.
    /// </summary>
    private void OnOwnerDrift(long t, long day)
    {
        if (t >= _firstPriceOverrideAt) return;
        var u = SimHash.Unit(Hash(Purpose.OwnerDrift, day, 1));
        var lowest = LowestTwo().Landed;
        var benchmark = BuyBoxSerial > 0 ? _offers[BuyBoxSerial].Landed : BuyBoxSerial < 0 && lowest < int.MaxValue ? lowest : -1;
        var target = benchmark > 0
            ? (int)(benchmark * (0.97 + 0.05 * u)) - Ours.Shipping
            : (int)(Ours.Price * (1 + 0.06 * u));
        var ceiling = Math.Max(Profile.PriceFloor + 50, (int)(Profile.ReferenceLanded * 1.3) - Ours.Shipping);
        SetPrice(t, Ours, MarketSetup.Charm(Math.Clamp(target, Profile.PriceFloor, ceiling)));
    }

    private void OnOscillation(long t, OfferState o)
    {
        if (o.Active && o.Price <= o.Floor) SetPrice(t, o, o.Ceiling);
    }
}
