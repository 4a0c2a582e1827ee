using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Engine.Backtest;
using static SellerConsole.Tests.Pricing.Engine.Strategies;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>Replays over hand-made markets whose outcome can be worked out by hand.</summary>
public sealed class BacktestTests
{
    private static readonly DateTime Start = new(2025, 3, 3, 0, 0, 0, DateTimeKind.Utc); // Monday, GMT (UK time = UTC)

    /// <summary>The buy box goes to whoever is cheapest (ties to the rival); 10 units a day with it, none without.</summary>
    private sealed class CheapestWins : IDemandResponse
    {
        public DemandOutcome Respond(long ourLandedPence, IReadOnlyList<PricingOffer> competitors, BuyBoxCondition buyBox)
        {
            var wins = buyBox != BuyBoxCondition.Suppressed && competitors.All(c => ourLandedPence < c.LandedPence);
            return new DemandOutcome(wins ? 1 : 0, wins ? 10 : 0);
        }
    }

    private static List<MarketPoint> Hourly(int hours, Func<int, long> rivalAt) => Enumerable.Range(0, hours)
        .Select(h => new MarketPoint(Start.AddHours(h), [Offer.Fbm("RIVAL", rivalAt(h), winner: true)]))
        .ToList();

    private static RepricingInput StartAt(long price) => Inputs.With(price) with { Offers = [], ManualFloorPence = 800 };

    [Fact]
    public void Beating_a_steady_rival_by_1p_wins_the_buy_box_from_the_first_hour()
    {
        var request = new BacktestRequest(Featured(), StartAt(1200), Hourly(72, _ => 1000), Start.AddDays(3), new CheapestWins());

        var result = Backtester.Run(request);

        // One change, £12.00 -> £9.99, then no change; 10 units a day for 3 days at £9.99.
        Assert.Equal(1, result.Changes);
        Assert.Equal(999, result.Steps[^1].PricePence);
        Assert.Equal(3, result.Days.Count);
        Assert.Equal(30.0, result.Units, 6);
        Assert.Equal(299.70m, result.Revenue);
        Assert.Equal(1.0, result.BuyBoxShare, 6);
        Assert.All(result.Days, d => Assert.Equal(10.0, d.Units, 6));
        Assert.Equal(new BacktestDay(DateOnly.FromDateTime(Start), 1200, 999, 999, 1200, 1, 1.0, 10.0, 99.90m, null), result.Days[0] with { Units = 10.0, BuyBoxShare = 1.0 });
    }

    [Fact]
    public void The_guards_pace_the_replay_a_5_percent_step_per_hour_after_the_cooldown()
    {
        var strategy = Featured() with { Guards = new GuardSettings(MaxStepDownPercent: 5m, CooldownMinutes: 120) };
        var request = new BacktestRequest(strategy, StartAt(1200), Hourly(24, _ => 1000), Start.AddDays(1), new CheapestWins());

        var result = Backtester.Run(request);

        // £12.00 -> £11.40 (h0) -> £10.83 (h2) -> £10.29 (h4) -> £9.99 (h6), cooldown holds in between.
        var changes = result.Steps.Where(s => s.Outcome == DecisionOutcome.Change).Select(s => (s.Utc.Hour, s.PricePence)).ToList();
        Assert.Equal([(0, 1140L), (2, 1083L), (4, 1029L), (6, 999L)], changes);
        Assert.Equal(DecisionReason.Cooldown, result.Steps[1].Reason);
        // No buy box until £9.99 at 06:00: 18 of 24 hours.
        Assert.Equal(18 / 24.0 * 10, result.Units, 6);
    }

    [Fact]
    public void A_rival_undercutting_below_the_floor_is_met_at_the_floor_and_the_days_add_up()
    {
        // The rival drops to £7.50 on day 2; our floor is £8.00.
        var request = new BacktestRequest(Featured(), StartAt(1200), Hourly(48, h => h < 24 ? 1000 : 750), Start.AddDays(2), new CheapestWins());

        var result = Backtester.Run(request);

        Assert.Equal(800, result.Steps[^1].PricePence);
        Assert.Equal(999, result.Days[0].ClosePence);
        Assert.Equal((999, 800), (result.Days[1].OpenPence, result.Days[1].ClosePence));
        Assert.Equal(0.5, result.BuyBoxShare, 6);
        Assert.Equal(result.Units, result.Days.Sum(d => d.Units), 6);
        Assert.Equal(result.Revenue, result.Days.Sum(d => d.Revenue));
    }

    [Fact]
    public void Profit_comes_from_the_costs_when_the_SKU_has_them()
    {
        var model = ProfitModels.Simple(400, 270);
        var input = StartAt(1200) with { Profit = model };

        var result = Backtester.Run(new BacktestRequest(Featured(), input, Hourly(24, _ => 1000), Start.AddDays(1), new CheapestWins()));

        var perUnit = SellerConsole.Costing.ProfitCalculator.Quote(model.Landed, model.Sale, 9.99m).Profit;
        Assert.Equal(SellerConsole.Shared.Money.Round(10 * perUnit), result.Profit);
    }

    [Fact]
    public void Fitted_demand_reproduces_the_units_of_the_history_it_was_fitted_on()
    {
        var history = Enumerable.Range(0, 40).Select(d =>
        {
            var price = 800 + d % 5 * 100;
            return new DemandObservation(new DateOnly(2025, 1, 1).AddDays(d), price, null, 1.0, (int)Math.Round(200 * Math.Pow(price / 1000.0, -2.0)));
        }).ToList();

        var demand = FittedDemand.From(history);

        Assert.InRange(demand.Fit.Elasticity, -2.05, -1.95);
        Assert.InRange(demand.Respond(1000, [], BuyBoxCondition.Held).UnitsPerDay, 195, 206);
        Assert.Equal(0, demand.Respond(1000, [], BuyBoxCondition.Suppressed).UnitsPerDay);
        Assert.Throws<ArgumentException>(() => FittedDemand.From(history.Take(2).ToList()));
    }

    [Fact]
    public void Two_strategies_over_the_same_market_can_be_compared()
    {
        var market = Hourly(48, h => 1000 + h % 6 * 10);
        var beat = Backtester.Run(new BacktestRequest(Featured(), StartAt(1200), market, Start.AddDays(2), new CheapestWins()));
        var match = Backtester.Run(new BacktestRequest(Featured(Positioning.Match), StartAt(1200), market, Start.AddDays(2), new CheapestWins()));

        // The rival cycles £10.00, £10.10 ... £10.50 hourly. Beating by 1p takes £9.99 and keeps the buy
        // box all 48 hours (holding it, the strategy stays put). Matching ties at £10.00 (the rival keeps
        // it) and wins only while the rival sits above: 5 hours in 6.
        Assert.Equal(20.0, beat.Units, 6);
        Assert.Equal(48 * 5 / 6 / 24.0 * 10, match.Units, 6);
        Assert.Equal((999L, 1000L), (beat.Steps[^1].PricePence, match.Steps[^1].PricePence));
    }
}
