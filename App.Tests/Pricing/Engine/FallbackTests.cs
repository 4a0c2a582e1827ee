using SellerConsole.Pricing.Engine;
using static SellerConsole.Tests.Pricing.Engine.Strategies;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>Every scenario fallback, hand-worked. Current price £15.00, floor £10.00, ceiling £20.00 unless told.</summary>
public sealed class FallbackTests
{
    private static RepricingInput Input(params PricingOffer[] offers) =>
        Inputs.With(1500, offers) with { ManualFloorPence = 1000, ManualCeilingPence = 2000 };

    private static RepricingStrategy With(ScenarioFallbacks fallbacks) => Featured() with { Fallbacks = fallbacks };

    [Fact]
    public void No_competition_goes_to_the_ceiling_by_default()
    {
        var d = RepricingEngine.Decide(Input(), Featured());

        Assert.Equal(2000, d.FinalPricePence);
        Assert.Equal(PriceSource.NoCompetition, d.Strategy.Source);
        Assert.Equal("No competition: ceiling £20.00; floor £10.00 not reached", d.Sentence);
    }

    [Fact]
    public void No_competition_can_hold()
    {
        var d = RepricingEngine.Decide(Input(), With(new(NoCompetitionAction.Hold)));

        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(DecisionReason.NoCompetitionHold, d.Reason);
        Assert.Equal(1500, d.FinalPricePence);
    }

    [Fact]
    public void No_competition_can_set_a_price()
    {
        Assert.Equal(1799, RepricingEngine.Decide(Input(), With(new(NoCompetitionAction.SetPrice, 1799))).FinalPricePence);
    }

    [Fact]
    public void Competitors_all_filtered_out_count_as_no_competition_and_the_sentence_says_so()
    {
        var strategy = Featured() with { Filter = new CompetitorFilter(ChannelFilter.FbaOnly) };
        var d = RepricingEngine.Decide(Input(Offer.Fbm("A", 1200), Offer.Fbm("B", 1300)), strategy);

        Assert.Equal(2000, d.FinalPricePence);
        Assert.StartsWith("No competition (all 2 offers filtered out): ceiling £20.00", d.Sentence);
    }

    [Fact]
    public void No_competition_and_no_ceiling_holds_for_want_of_a_ceiling()
    {
        var d = RepricingEngine.Decide(Input() with { ManualCeilingPence = null }, Featured());

        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(DecisionReason.MissingInput, d.Reason);
        Assert.Equal("No competition and no ceiling: holding at £15.00", d.Sentence);
    }

    [Fact]
    public void Competition_below_the_floor_prices_at_the_floor_by_default()
    {
        var d = RepricingEngine.Decide(Input(Offer.Fbm("LOW", 899, winner: true)), Featured());

        Assert.Equal(1000, d.FinalPricePence);
        Assert.Equal(PriceSource.BelowFloor, d.Strategy.Source);
        Assert.Equal("Beat the featured offer £8.99 (FBM, 98%) by 1p -> £8.98, below the floor £10.00: floor; floor £10.00 not reached", d.Sentence);
    }

    [Fact]
    public void Competition_below_the_floor_can_hold()
    {
        var d = RepricingEngine.Decide(Input(Offer.Fbm("LOW", 899, winner: true)), With(new(BelowFloor: BelowFloorAction.Hold)));

        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(DecisionReason.BelowFloorHold, d.Reason);
        Assert.Equal(1500, d.FinalPricePence);
    }

    [Fact]
    public void Competition_below_the_floor_can_wait_at_the_ceiling()
    {
        Assert.Equal(2000, RepricingEngine.Decide(Input(Offer.Fbm("LOW", 899, winner: true)), With(new(BelowFloor: BelowFloorAction.Ceiling))).FinalPricePence);
    }

    [Fact]
    public void A_suppressed_buy_box_goes_back_to_the_last_unsuppressed_price()
    {
        var input = Input(Offer.Fbm("A", 1200)) with { BuyBox = BuyBoxCondition.Suppressed, LastUnsuppressedPricePence = 1379 };
        var d = RepricingEngine.Decide(input, Featured());

        Assert.Equal(1379, d.FinalPricePence);
        Assert.StartsWith("Buy box suppressed: back to the last unsuppressed price £13.79", d.Sentence);
    }

    [Fact]
    public void A_suppressed_buy_box_with_no_known_unsuppressed_price_holds()
    {
        var d = RepricingEngine.Decide(Input(Offer.Fbm("A", 1200)) with { BuyBox = BuyBoxCondition.Suppressed }, Featured());

        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(DecisionReason.MissingInput, d.Reason);
    }

    [Fact]
    public void A_suppressed_buy_box_can_hold_or_price_against_the_lowest_offer()
    {
        var input = Input(Offer.Fbm("A", 1200), Offer.Fbm("B", 1250)) with { BuyBox = BuyBoxCondition.Suppressed, LastUnsuppressedPricePence = 1379 };

        Assert.Equal(DecisionReason.SuppressedHold, RepricingEngine.Decide(input, With(new(Suppressed: SuppressedAction.Hold))).Reason);
        var d = RepricingEngine.Decide(input, With(new(Suppressed: SuppressedAction.TargetLowest)));
        Assert.Equal(1199, d.FinalPricePence);
        Assert.StartsWith("Buy box suppressed; beat the lowest offer £12.00", d.Sentence);
    }
}
