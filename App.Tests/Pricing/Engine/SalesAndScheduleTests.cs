using SellerConsole.Pricing.Engine;
using static SellerConsole.Tests.Pricing.Engine.Strategies;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>Sales-velocity rules and UK-time schedules. Now is Monday 2 Jun 2025, 10:00 UK time; current price £15.00.</summary>
public sealed class SalesAndScheduleTests
{
    private static readonly VelocityRule SlowWeek = new(7, VelocityComparison.Below, 3, new PriceAdjustment(AdjustmentUnit.Percent, -5m), 7);
    private static readonly VelocityRule BusyDay = new(1, VelocityComparison.Above, 10, new PriceAdjustment(AdjustmentUnit.Pence, 50m), 2);

    private static RepricingDecision Sales(SalesVelocity sales, params VelocityRule[] rules) =>
        RepricingEngine.Decide(Inputs.With(1500) with { Sales = sales }, Of(StrategyKind.SalesOnly) with { VelocityRules = rules });

    [Fact]
    public void Slow_sales_cut_the_price_by_the_rule_and_lock_it_for_the_rule_s_days()
    {
        var d = Sales(new SalesVelocity(0, 2, 5, 9), SlowWeek, BusyDay);

        // 5% of £15.00 = 75p.
        Assert.Equal(1425, d.FinalPricePence);
        Assert.Equal(PriceSource.SalesRule, d.Strategy.Source);
        Assert.Equal(Inputs.Now.AddDays(7), d.LockUntilUtc);
        Assert.StartsWith("Sales rule: 2 sold in 7 days (below 3) -> -5% -> £14.25, then locked 7 days", d.Sentence);
    }

    [Fact]
    public void Fast_sales_raise_the_price_by_the_rule()
    {
        var d = Sales(new SalesVelocity(12, 40, 70, 120), SlowWeek, BusyDay);

        Assert.Equal(1550, d.FinalPricePence);
        Assert.Equal(Inputs.Now.AddDays(2), d.LockUntilUtc);
    }

    [Fact]
    public void With_no_sales_rule_firing_a_sales_only_strategy_keeps_the_price()
    {
        var d = Sales(new SalesVelocity(2, 5, 9, 20), SlowWeek, BusyDay);

        Assert.Equal(DecisionOutcome.NoChange, d.Outcome);
        Assert.Null(d.LockUntilUtc);
    }

    [Fact]
    public void A_price_locked_by_a_sales_rule_holds_until_the_lock_ends()
    {
        var locked = new PricingCounters(Inputs.Now.AddDays(-1), 0, Inputs.Now.AddDays(6));
        var d = RepricingEngine.Decide(Inputs.With(1500, Offer.Fbm("A", 1200)) with { Counters = locked }, Featured());

        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(DecisionReason.SalesLock, d.Reason);
        Assert.Equal(GuardKind.SalesLock, d.BindingGuard);
        Assert.EndsWith("held at £15.00: locked by a sales rule until 8 Jun 10:00", d.Sentence);
    }

    [Fact]
    public void A_weekday_hours_schedule_pauses_repricing_while_in_force()
    {
        var pause = new ScheduleRule("Office hours", new ScheduleWindow([DayOfWeek.Monday, DayOfWeek.Tuesday], 9, 17), ScheduleAction.Pause);
        var d = RepricingEngine.Decide(Inputs.With(1500, Offer.Fbm("A", 1200)), Featured() with { Schedules = [pause] });

        Assert.Equal(DecisionReason.SchedulePause, d.Reason);
        Assert.Equal("Office hours", d.Inputs.Schedule);
        Assert.Equal("Schedule 'Office hours' pauses repricing: holding at £15.00", d.Sentence);
    }

    [Fact]
    public void A_schedule_out_of_its_hours_or_days_is_not_in_force()
    {
        var evening = new ScheduleRule("Evening", new ScheduleWindow(null, 18, 23), ScheduleAction.Pause);
        var weekend = new ScheduleRule("Weekend", new ScheduleWindow([DayOfWeek.Saturday, DayOfWeek.Sunday]), ScheduleAction.Pause);
        var d = RepricingEngine.Decide(Inputs.With(1500, Offer.Fbm("A", 1200)), Featured() with { Schedules = [evening, weekend] });

        Assert.Null(d.Inputs.Schedule);
        Assert.Equal(1199, d.FinalPricePence);
    }

    [Fact]
    public void An_overnight_window_wraps_past_midnight()
    {
        var night = new ScheduleWindow(null, 22, 6);

        Assert.True(night.Contains(new DateTime(2025, 6, 2, 23, 30, 0)));
        Assert.True(night.Contains(new DateTime(2025, 6, 2, 5, 59, 0)));
        Assert.False(night.Contains(new DateTime(2025, 6, 2, 6, 0, 0)));
        Assert.False(night.Contains(new DateTime(2025, 6, 2, 21, 59, 0)));
    }

    [Fact]
    public void A_dated_promotion_sets_its_price_for_its_dates_only()
    {
        var promo = new ScheduleRule("June promo", new ScheduleWindow(FromDate: new DateOnly(2025, 6, 1), ToDate: new DateOnly(2025, 6, 2)), ScheduleAction.SetPrice, PricePence: 1299);
        var strategy = Featured() with { Schedules = [promo] };

        var d = RepricingEngine.Decide(Inputs.With(1500, Offer.Fbm("A", 1200)), strategy);
        Assert.Equal(1299, d.FinalPricePence);
        Assert.StartsWith("Schedule 'June promo' sets £12.99", d.Sentence);

        var dayAfter = Inputs.With(1500, Offer.Fbm("A", 1200)) with { NowUk = Inputs.NowUk.AddDays(1), NowUtc = Inputs.Now.AddDays(1), OffersObservedUtc = Inputs.Now.AddDays(1) };
        Assert.Equal(1199, RepricingEngine.Decide(dayAfter, strategy).FinalPricePence);
    }

    [Fact]
    public void A_swap_schedule_replaces_the_floor_and_ceiling_while_in_force()
    {
        // Floor normally £5.00; the sale lowers it to £11.50 ... and the ceiling to £12.50.
        var sale = new ScheduleRule("Clearance", new ScheduleWindow([DayOfWeek.Monday]), ScheduleAction.SwapMinMax, MinPence: 1150, MaxPence: 1250);
        var d = RepricingEngine.Decide(Inputs.With(1500, Offer.Fbm("A", 1000)), Featured() with { Schedules = [sale] });

        Assert.Equal(1150, d.Inputs.FloorPence);
        Assert.Equal("schedule 'Clearance'", d.Inputs.FloorSource);
        Assert.Equal(1250, d.Inputs.CeilingPence);
        Assert.Equal(1150, d.FinalPricePence);
    }

    [Theory]
    [InlineData(PriceEnding.NinetyNine, false, 1248, 1199)]
    [InlineData(PriceEnding.NinetyNine, false, 1299, 1299)]
    [InlineData(PriceEnding.FortyNine, false, 1248, 1149)]
    [InlineData(PriceEnding.FortyNine, false, 1260, 1249)]
    [InlineData(PriceEnding.WholePounds, false, 1248, 1200)]
    [InlineData(PriceEnding.NinetyNine, true, 1201, 1299)]
    [InlineData(PriceEnding.WholePounds, true, 1201, 1300)]
    [InlineData(PriceEnding.NinetyNine, false, 50, 50)]
    [InlineData(PriceEnding.None, false, 1248, 1248)]
    public void Price_endings_move_to_the_nearest_ending_at_or_below_or_at_or_above_for_stay_above(PriceEnding ending, bool up, long price, long expected)
    {
        Assert.Equal(expected, PriceEndings.Apply(price, ending, up));
    }

    [Fact]
    public void An_ending_is_applied_before_the_guards_and_named_in_the_sentence()
    {
        var strategy = Featured() with { Ending = PriceEnding.NinetyNine };
        var d = RepricingEngine.Decide(Inputs.With(1500, Offer.Fbm("A", 1249, winner: true)), strategy);

        Assert.Equal(1248, d.Strategy.RawPricePence);
        Assert.Equal(1199, d.StrategyPricePence);
        Assert.Equal("Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48; .99 ending -> £11.99; floor £5.00 not reached", d.Sentence);
    }
}
