using SellerConsole.Pricing.Engine;
using static SellerConsole.Tests.Pricing.Engine.Strategies;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>
/// Each hard guard, hand-worked. The market: the featured offer at £12.49 (FBM, 98%), so the
/// strategy wants £12.48 from our £13.27; the floor is £9.87.
/// </summary>
public sealed class GuardTests
{
    private static readonly PricingOffer Featured = Offer.Fbm("RIVAL", 1249, feedback: 98, winner: true);

    private static RepricingInput Input => Inputs.With(1327, Featured) with { ManualFloorPence = 987 };

    private static RepricingDecision Decide(GuardSettings guards, RepricingInput? input = null) =>
        RepricingEngine.Decide(input ?? Input, Strategies.Featured() with { Guards = guards });

    [Fact]
    public void Max_step_down_holds_the_cut_to_its_percentage_and_is_the_binding_guard()
    {
        // 5% of £13.27 = 66.35p, rounded down to 66p: £12.61.
        var d = Decide(new GuardSettings(MaxStepDownPercent: 5m));

        Assert.Equal(1261, d.FinalPricePence);
        Assert.Equal(GuardKind.MaxStep, d.BindingGuard);
        Assert.Equal("Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48; max step 5% held it at £12.61; floor £9.87 not reached", d.Sentence);
    }

    [Fact]
    public void Max_step_in_pounds_and_percent_takes_the_tighter()
    {
        Assert.Equal(1277, Decide(new GuardSettings(MaxStepDownPence: 50, MaxStepDownPercent: 5m)).FinalPricePence);
    }

    [Fact]
    public void Max_step_up_is_set_apart_from_max_step_down()
    {
        var input = Inputs.With(1000, Featured) with { ManualFloorPence = 987 };
        var d = Decide(new GuardSettings(MaxStepUpPence: 100, MaxStepDownPence: 1), input);

        Assert.Equal(1100, d.FinalPricePence);
        Assert.Contains("max step £1.00 held it at £11.00", d.Sentence);
    }

    [Fact]
    public void A_set_price_below_the_floor_is_raised_to_the_floor_which_binds()
    {
        var promo = new ScheduleRule("Promo", new ScheduleWindow(), ScheduleAction.SetPrice, 900);
        var d = RepricingEngine.Decide(Input, Strategies.Featured() with { Schedules = [promo] });

        Assert.Equal(987, d.FinalPricePence);
        Assert.Equal(GuardKind.Floor, d.BindingGuard);
        Assert.Equal("Schedule 'Promo' sets £9.00; floor £9.87 raised it", d.Sentence);
    }

    [Fact]
    public void The_floor_wins_over_the_max_step_when_the_current_price_is_below_it()
    {
        // Costs rose: we sit at £8.00 under a £9.87 floor; 5% steps cannot get there, the floor is absolute.
        var input = Inputs.With(800, Featured) with { ManualFloorPence = 987 };
        var d = Decide(new GuardSettings(MaxStepUpPercent: 5m), input);

        Assert.Equal(987, d.FinalPricePence);
        Assert.Equal(GuardKind.Floor, d.BindingGuard);
        Assert.Equal(GuardEffect.Clamped, d.Guards[(int)GuardKind.MaxStep].Effect);
    }

    [Fact]
    public void The_ceiling_caps_the_price_and_an_unchanged_result_is_a_hold_on_the_price_band()
    {
        var input = Inputs.With(1327, Offer.Fbm("HIGH", 2000, winner: true)) with { ManualFloorPence = 987, ManualCeilingPence = 1500 };
        Assert.Equal(1500, Decide(GuardSettings.None, input).FinalPricePence);

        var atCeiling = input with { PricePence = 1500, Offers = [Offer.Ours(1500), Offer.Fbm("HIGH", 2000, winner: true)] };
        var d = Decide(GuardSettings.None, atCeiling);
        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(DecisionReason.PriceBand, d.Reason);
        Assert.Equal(GuardKind.Ceiling, d.BindingGuard);
        Assert.EndsWith("ceiling £15.00 capped it; stays at £15.00", d.Sentence);
    }

    [Fact]
    public void Stale_offers_hold_the_price()
    {
        var d = Decide(new GuardSettings(StaleAfterMinutes: 60), Input with { OffersObservedUtc = Inputs.Now.AddMinutes(-75) });

        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(DecisionReason.StaleData, d.Reason);
        Assert.Equal(1327, d.FinalPricePence);
        Assert.Equal(75, d.Inputs.OfferAgeMinutes);
        Assert.Equal("Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48; held at £13.27: offers are 75 min old (limit 60 min)", d.Sentence);
    }

    [Fact]
    public void Stale_offers_do_not_hold_a_price_that_does_not_come_from_the_offers()
    {
        var promo = new ScheduleRule("Promo", new ScheduleWindow(), ScheduleAction.SetPrice, 1199);
        var d = RepricingEngine.Decide(Input with { OffersObservedUtc = Inputs.Now.AddDays(-3) },
            Strategies.Featured() with { Guards = new GuardSettings(StaleAfterMinutes: 60), Schedules = [promo] });

        Assert.Equal(1199, d.FinalPricePence);
        Assert.Equal(GuardEffect.NotApplicable, d.Guards[(int)GuardKind.StaleData].Effect);
    }

    [Fact]
    public void A_competitor_crashing_its_price_in_one_step_is_not_followed_without_review()
    {
        var input = Input with { PreviousPrices = [new SellerPrice("RIVAL", 2499)] };
        var d = Decide(new GuardSettings(AnomalyPercent: 30m), input);

        Assert.Equal(DecisionReason.Anomaly, d.Reason);
        Assert.EndsWith("held at £13.27: the followed offer moved £24.99 -> £12.49 (-50%) in one step (limit 30%); not followed without review", d.Sentence);
    }

    [Fact]
    public void A_competitor_moving_within_the_anomaly_limit_is_followed()
    {
        var d = Decide(new GuardSettings(AnomalyPercent: 30m), Input with { PreviousPrices = [new SellerPrice("RIVAL", 1399)] });
        Assert.Equal(1248, d.FinalPricePence);
    }

    [Fact]
    public void The_cooldown_holds_a_change_soon_after_the_last_one()
    {
        var input = Input with { Counters = new PricingCounters(Inputs.Now.AddMinutes(-5), 1, null) };

        var d = Decide(new GuardSettings(CooldownMinutes: 15), input);
        Assert.Equal(DecisionReason.Cooldown, d.Reason);
        Assert.EndsWith("held at £13.27: last change 5 min ago (cooldown 15 min)", d.Sentence);

        Assert.Equal(1248, Decide(new GuardSettings(CooldownMinutes: 5), input).FinalPricePence);
    }

    [Fact]
    public void The_daily_limits_per_SKU_and_for_the_catalogue_hold_once_used_up()
    {
        var busy = Input with { Counters = new PricingCounters(null, 6, null) };
        Assert.Equal(DecisionReason.SkuDailyLimit, Decide(new GuardSettings(MaxChangesPerSkuPerDay: 6), busy).Reason);

        var spent = Input with { GlobalChangesToday = 500, GlobalDailyBudget = 500 };
        var d = Decide(GuardSettings.None, spent);
        Assert.Equal(DecisionReason.GlobalBudget, d.Reason);
        Assert.EndsWith("the daily change budget of 500 is used up (500 sent)", d.Sentence);
    }

    [Fact]
    public void The_kill_switch_and_mode_off_hold_everything()
    {
        Assert.Equal(DecisionReason.KillSwitch, Decide(GuardSettings.None, Input with { KillSwitch = true }).Reason);
        Assert.Equal(DecisionReason.ModeOff, Decide(GuardSettings.None, Input with { Mode = RepricingMode.Off }).Reason);
        Assert.Equal(DecisionOutcome.Change, Decide(GuardSettings.None, Input with { Mode = RepricingMode.Suggest }).Outcome);
    }

    [Fact]
    public void Hold_guards_are_not_needed_when_no_change_is_proposed()
    {
        var input = Input with { PricePence = 1248, Offers = [Offer.Ours(1248), Featured], KillSwitch = true };
        var d = Decide(GuardSettings.Default, input);

        Assert.Equal(DecisionOutcome.NoChange, d.Outcome);
        Assert.All(d.Guards.Take(7), g => Assert.Equal(GuardEffect.NotNeeded, g.Effect));
        Assert.Equal("Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48; already at £12.48", d.Sentence);
    }

    [Fact]
    public void The_first_hold_guard_in_the_fixed_order_wins_and_the_rest_are_skipped()
    {
        var input = Input with { KillSwitch = true, OffersObservedUtc = Inputs.Now.AddHours(-5) };
        var d = Decide(new GuardSettings(StaleAfterMinutes: 60), input);

        Assert.Equal(DecisionReason.KillSwitch, d.Reason);
        Assert.Equal(GuardKind.KillSwitch, d.BindingGuard);
        Assert.All(d.Guards.Skip(1), g => Assert.Equal(GuardEffect.Skipped, g.Effect));
    }
}
