using System.Runtime.CompilerServices;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// The daily schedule: at each UTC midnight the day's buyer visits, the 6-hourly market refreshes
/// and the day's random market events are drawn from the state at midnight, then queued.
/// </summary>
internal sealed partial class AsinSimulator
{
    public const double MeanUnitsPerOrder = 1.35;
    private const long BlockSeconds = 6 * 3600;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnDayStart(long t)
    {
        var day = _w.Time.AbsoluteDay(t);
        var date = _w.Time.DateOf(t);
        var expectedOrders = DemandModel.ExpectedDailyUnits(Profile.BaseUnitsPerDay, Profile.Category, date) / MeanUnitsPerOrder;
        // Thinning: draw visits at the highest possible rate; each is accepted later with the
        // probability the market at that moment gives, so prices act at the exact second.
        var visits = SimHash.Poisson(Hash(Purpose.DayCandidates, day), expectedOrders * DemandModel.PriceFactorCap);
        var offset = UkClock.OffsetHours(date.AddHours(12));
        for (var k = 0; k < visits; k++)
        {
            var h = Hash(Purpose.CandidateTime, day, k);
            var utcHour = (DemandModel.LocalHour(SimHash.Unit(h)) - offset + 24) % 24;
            Push(t + utcHour * 3600 + (long)(SimHash.Unit2(h) * 3600), EventKind.Candidate, k, day);
        }
        for (var b = 0; b < 4; b++) Push(t + _phase + b * BlockSeconds, EventKind.Periodic, b, day);
        ScheduleCompetitorEvents(t, day);
        ScheduleMarketEvents(t, day);
        ScheduleRivalMoves(t, day);
        ScheduleCatalogueSlots(t, day);
        Push(t + SimTimeline.SecondsPerDay, EventKind.DayStart, 0, 0);
    }

    private void ScheduleCompetitorEvents(long t, long day)
    {
        foreach (var o in _live)
        {
            if (o.IsOurs || o.Scripted) continue;
            if (o.Behaviour is OfferBehaviour.Static or OfferBehaviour.OccasionalStockOuts)
            {
                var h = Hash(Purpose.PriceTweak, day, o.Serial);
                if (SimHash.Unit(h) < 1.0 / 35) Push(RandomTickInDay(t, SimHash.Mix(h)), EventKind.PriceTweak, o.Serial, day);
            }
            var stockOutRate = o.Behaviour == OfferBehaviour.OccasionalStockOuts ? 1.0 / 9 : o.IsAmazon ? 1.0 / 60 : 1.0 / 200;
            var hs = Hash(Purpose.StockOut, day, o.Serial);
            if (o.Stock > 0 && !o.RestockPending && SimHash.Unit(hs) < stockOutRate)
            {
                var days = o.IsAmazon ? 2 + SimHash.Unit2(hs) * 13 : 1 + SimHash.Unit2(hs) * 5;
                Push(RandomTickInDay(t, SimHash.Mix(hs)), EventKind.StockOutStart, o.Serial, (long)(days * SimTimeline.SecondsPerDay));
            }
            if (o.IsReactive && o.Price <= o.Floor)
            {
                var ho = Hash(Purpose.Oscillation, day, o.Serial);
                if (SimHash.Unit(ho) < 0.2) Push(RandomTickInDay(t, SimHash.Mix(ho)), EventKind.Oscillation, o.Serial, 0);
            }
            if (o.IsAmazon)
            {
                var ha = Hash(Purpose.AmazonMove, day);
                if (SimHash.Unit(ha) < 1.0 / 6) Push(RandomTickInDay(t, SimHash.Mix(ha)), EventKind.AmazonMove, o.Serial, day);
            }
        }
    }

    private void ScheduleMarketEvents(long t, long day)
    {
        // Besides the hourly stream of new sellers, a thinly contested ASIN draws settled sellers of its own.
        var competitors = Competitors();
        var arrivalRate = competitors < 2 ? 0.2 : competitors >= MaxCompetitors ? 0 : 1.0 / 90;
        var h = Hash(Purpose.Arrival, day);
        if (SimHash.Unit(h) < arrivalRate) Push(RandomTickInDay(t, SimHash.Mix(h)), EventKind.Arrival, 0, day);
        // The seller's occasional manual repricing, until the console first sets a price.
        var hd = Hash(Purpose.OwnerDrift, day);
        if (t < _firstPriceOverrideAt && SimHash.Unit(hd) < 1.0 / 30)
        {
            Push(RandomTickInDay(t, SimHash.Mix(hd)), EventKind.OwnerDrift, 0, day);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OnPeriodic(long t, int block, long day)
    {
        _rate = SalesRankModel.Decay(_rate, t - _rateAt);
        _rateAt = t;
        Series.SalesRank.Record(t, SalesRankModel.Rank(_rate, SimHash.Normal(Hash(Purpose.RankNoise, day, block))));
        RecomputeBuyBox(t);
        RecordMarket(t);
    }
}
