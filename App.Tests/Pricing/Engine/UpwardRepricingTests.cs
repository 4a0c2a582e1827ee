using SellerConsole.Pricing.Engine;
using static SellerConsole.Tests.Pricing.Engine.Strategies;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>While we hold the buy box at £12.00 against a next offer at £13.50.</summary>
public sealed class UpwardRepricingTests
{
    private static readonly PricingOffer Next = Offer.Fbm("NEXT", 1350, feedback: 97);

    private static RepricingDecision Decide(UpwardRepricing upward, long? ceiling = null, params PricingOffer[] offers) =>
        RepricingEngine.Decide(Inputs.Winning(1200, offers.Length == 0 ? [Next] : offers) with { ManualCeilingPence = ceiling }, Featured() with { Upward = upward });

    [Fact]
    public void Holding_the_buy_box_with_upward_repricing_off_keeps_the_price()
    {
        var d = Decide(UpwardRepricing.Off);

        Assert.Equal(DecisionOutcome.NoChange, d.Outcome);
        Assert.Equal(1200, d.FinalPricePence);
        Assert.True(d.Inputs.WeHoldBuyBox);
        Assert.Equal("We hold the buy box: holding at £12.00 (upward repricing off)", d.Sentence);
    }

    [Fact]
    public void Upward_repricing_moves_to_just_under_the_next_competitor()
    {
        var d = Decide(new UpwardRepricing(true));

        Assert.Equal(1349, d.FinalPricePence);
        Assert.Equal(PriceSource.UpwardWhileWinning, d.Strategy.Source);
        Assert.StartsWith("We hold the buy box; beat the next offer £13.50 (FBM, 97%) by 1p -> £13.49", d.Sentence);
    }

    [Fact]
    public void Upward_repricing_in_steps_moves_at_most_one_step_towards_the_next_competitor()
    {
        // 5% of £12.00 = 60p: £12.60, not yet £13.49.
        var d = Decide(new UpwardRepricing(true, Step: new PriceAdjustment(AdjustmentUnit.Percent, 5m)));

        Assert.Equal(1260, d.FinalPricePence);
        Assert.Contains("one +5% step -> £12.60", d.Sentence);
    }

    [Fact]
    public void Upward_repricing_towards_the_ceiling_goes_to_the_ceiling()
    {
        Assert.Equal(1800, Decide(new UpwardRepricing(true, UpwardTarget.Ceiling), ceiling: 1800).FinalPricePence);
    }

    [Fact]
    public void Never_lower_while_winning_keeps_the_price_when_the_next_competitor_drops_below_us()
    {
        var under = Offer.Fbm("UNDER", 1150);

        Assert.Equal(1149, Decide(new UpwardRepricing(true), offers: under).FinalPricePence);
        var d = Decide(new UpwardRepricing(true, NeverLowerWhileWinning: true), offers: under);
        Assert.Equal(DecisionOutcome.NoChange, d.Outcome);
        Assert.Equal(1200, d.FinalPricePence);
        Assert.Contains("never lower while winning: stays at £12.00", d.Sentence);
    }

    [Fact]
    public void Holding_the_buy_box_alone_uses_the_no_competition_fallback()
    {
        var d = RepricingEngine.Decide(Inputs.Winning(1200) with { ManualCeilingPence = 1999 }, Featured() with { Upward = new UpwardRepricing(true) });

        Assert.Equal(1999, d.FinalPricePence);
        Assert.Equal(PriceSource.NoCompetition, d.Strategy.Source);
    }
}
