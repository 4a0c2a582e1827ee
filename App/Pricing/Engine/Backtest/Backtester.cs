using SellerConsole.Costing;
using SellerConsole.Shared;

namespace SellerConsole.Pricing.Engine.Backtest;

/// <summary>
/// Replays a strategy with its guards over past market points: at each point the engine decides on
/// that point's offers (fresh, with the previous point's prices for the anomaly guard, our simulated
/// sales for the velocity rules, and the simulated change counters for cooldown and daily limits);
/// the demand response then gives the buy-box share and units until the next point. We hold the buy
/// box at a point when our share there is at least half. Pure: same request, same result.
/// </summary>
public static class Backtester
{
    public static BacktestResult Run(BacktestRequest request)
    {
        var points = request.Market;
        if (points.Count == 0 || request.EndUtc <= points[0].Utc)
        {
            throw new ArgumentException("A backtest needs at least one market point before its end.", nameof(request));
        }
        var start = request.Start;
        var price = start.PricePence;
        var counters = PricingCounters.None;
        var changeDay = DateOnly.MinValue;
        var lastUnsuppressed = start.LastUnsuppressedPricePence;
        IReadOnlyList<SellerPrice> previous = [];
        var steps = new List<SimulatedStep>(points.Count);
        var days = new DailyTally(start.Profit);
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var until = i + 1 < points.Count ? points[i + 1].Utc : request.EndUtc;
            if (until <= point.Utc)
            {
                throw new ArgumentException($"Market point {i} at {point.Utc:u} is not before the next one.", nameof(request));
            }
            var uk = UkTime.FromUtc(point.Utc);
            if (DateOnly.FromDateTime(uk) != changeDay)
            {
                changeDay = DateOnly.FromDateTime(uk);
                counters = counters with { ChangesToday = 0 };
            }
            var before = request.Demand.Respond(price + start.ShippingPence, point.Competitors, point.BuyBox);
            var input = start with
            {
                PricePence = price,
                Offers = Offers(start, price, point, before.BuyBoxShare >= 0.5),
                OffersObservedUtc = point.Utc,
                BuyBox = point.BuyBox,
                NowUtc = point.Utc,
                NowUk = uk,
                PreviousPrices = previous,
                LastUnsuppressedPricePence = lastUnsuppressed,
                Sales = days.Velocity(DateOnly.FromDateTime(uk)),
                Counters = counters,
                GlobalChangesToday = 0,
                GlobalDailyBudget = null,
            };
            var decision = RepricingEngine.Decide(input, request.Strategy);
            var priceBefore = price;
            if (decision.IsChange)
            {
                price = decision.FinalPricePence;
                counters = new PricingCounters(point.Utc, counters.ChangesToday + 1, decision.LockUntilUtc ?? counters.LockedUntilUtc);
            }
            var after = request.Demand.Respond(price + start.ShippingPence, point.Competitors, point.BuyBox);
            if (point.BuyBox != BuyBoxCondition.Suppressed)
            {
                lastUnsuppressed = price;
            }
            var units = after.UnitsPerDay * (until - point.Utc).TotalDays;
            steps.Add(new SimulatedStep(point.Utc, decision.Outcome, decision.Reason, price, after.BuyBoxShare, units, decision.Sentence));
            days.Add(point.Utc, until, priceBefore, price, start.ShippingPence, after, decision.IsChange);
            previous = Prices(point.Competitors);
        }
        var totals = days.Days();
        return new BacktestResult(
            request.Strategy.Name,
            steps,
            totals,
            steps.Count(s => s.Outcome == DecisionOutcome.Change),
            steps.Count(s => s.Outcome == DecisionOutcome.Hold),
            days.BuyBoxShare,
            totals.Sum(d => d.Units),
            totals.Sum(d => d.Revenue),
            start.Profit is null ? null : totals.Sum(d => d.Profit ?? 0m));
    }

    private static List<PricingOffer> Offers(RepricingInput start, long price, MarketPoint point, bool weHold)
    {
        var offers = new List<PricingOffer>(point.Competitors.Count + 1)
        {
            new("OURS", null, true, weHold && point.BuyBox == BuyBoxCondition.Held, false, null, null, null, "GB", price, start.ShippingPence),
        };
        foreach (var offer in point.Competitors)
        {
            // The recorded winner keeps the buy box only when our simulated share says we did not take it.
            offers.Add(weHold && offer.IsBuyBoxWinner ? offer with { IsBuyBoxWinner = false } : offer);
        }
        return offers;
    }

    private static List<SellerPrice> Prices(IReadOnlyList<PricingOffer> offers) => offers.Select(o => new SellerPrice(o.SellerId, o.LandedPence)).ToList();
}
