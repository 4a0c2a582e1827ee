using SellerConsole.Pricing.Engine;
using static SellerConsole.Tests.Pricing.Engine.Strategies;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>Hand-worked prices for each target and position. Current price £13.27, floor £5.00, no guards.</summary>
public sealed class TargetingTests
{
    private static readonly PricingOffer Winner = Offer.Fbm("WINNER", 1249, feedback: 98, winner: true);
    private static readonly PricingOffer Cheaper = Offer.Fbm("CHEAP", 1199, feedback: 91);
    private static readonly PricingOffer FbaLow = Offer.Fba("FBA1", 1299);
    private static readonly PricingOffer FbaHigh = Offer.Fba("FBA2", 1350);

    private static RepricingDecision Decide(RepricingStrategy strategy, params PricingOffer[] offers) =>
        RepricingEngine.Decide(Inputs.With(1327, offers), strategy);

    [Fact]
    public void Beat_the_featured_offer_by_1p_sits_one_penny_under_its_landed_price()
    {
        var d = Decide(Featured(), Winner, Cheaper, FbaLow);

        Assert.Equal(DecisionOutcome.Change, d.Outcome);
        Assert.Equal(1248, d.FinalPricePence);
        Assert.Equal("WINNER", d.Strategy.Target!.SellerId);
        Assert.Equal("Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48; floor £5.00 not reached", d.Sentence);
    }

    [Fact]
    public void Match_the_featured_offer_takes_its_landed_price()
    {
        Assert.Equal(1249, Decide(Featured(Positioning.Match), Winner, Cheaper).FinalPricePence);
    }

    [Fact]
    public void Beat_by_pounds_takes_the_amount_off_the_featured_offer()
    {
        Assert.Equal(1149, Decide(Featured(Beat(100)), Winner).FinalPricePence);
    }

    [Fact]
    public void Beat_by_2_percent_rounds_the_cut_to_the_nearest_penny()
    {
        // 2% of £12.49 = 24.98p -> 25p; £12.49 - £0.25 = £12.24.
        var d = Decide(Featured(BeatPercent(2m)), Winner);

        Assert.Equal(1224, d.FinalPricePence);
        Assert.StartsWith("Beat the featured offer £12.49 (FBM, 98%) by 2% -> £12.24", d.Sentence);
    }

    [Fact]
    public void Stay_above_by_pence_and_by_percent_sit_over_the_featured_offer()
    {
        Assert.Equal(1299, Decide(Featured(Above(50)), Winner).FinalPricePence);
        // 2% of £12.49 = 24.98p -> 25p above: £12.74.
        var d = Decide(Featured(AbovePercent(2m)), Winner);
        Assert.Equal(1274, d.FinalPricePence);
        Assert.StartsWith("Stay 2% above the featured offer £12.49 (FBM, 98%) -> £12.74", d.Sentence);
    }

    [Fact]
    public void Without_a_buy_box_winner_the_featured_offer_strategy_targets_the_lowest_offer()
    {
        var d = Decide(Featured(), Offer.Fbm("A", 1400), Cheaper);

        Assert.Equal(1198, d.FinalPricePence);
        Assert.StartsWith("Beat the lowest offer £11.99 (FBM, 91%) by 1p", d.Sentence);
    }

    [Fact]
    public void Lowest_offer_targets_the_cheapest_landed_price_not_the_featured_offer()
    {
        Assert.Equal(1198, Decide(Of(StrategyKind.LowestOffer), Winner, Cheaper, FbaLow).FinalPricePence);
    }

    [Fact]
    public void Lowest_FBA_targets_the_cheapest_FBA_offer()
    {
        var d = Decide(Of(StrategyKind.LowestFba), Winner, Cheaper, FbaHigh, FbaLow);

        Assert.Equal(1298, d.FinalPricePence);
        Assert.StartsWith("Beat the lowest FBA offer £12.99 (FBA, 99%) by 1p", d.Sentence);
    }

    [Fact]
    public void Lowest_FBM_targets_the_cheapest_FBM_offer()
    {
        Assert.Equal(1198, Decide(Of(StrategyKind.LowestFbm), Winner, Cheaper, FbaLow).FinalPricePence);
    }

    [Fact]
    public void FBA_then_FBM_targets_FBA_while_there_is_one_and_FBM_otherwise()
    {
        Assert.Equal(1298, Decide(Of(StrategyKind.FbaThenFbm), Winner, Cheaper, FbaLow).FinalPricePence);
        Assert.Equal(1198, Decide(Of(StrategyKind.FbaThenFbm), Winner, Cheaper).FinalPricePence);
    }

    [Fact]
    public void Landed_prices_compare_item_plus_shipping_and_our_shipping_comes_off_our_item_price()
    {
        // Competitor: £9.50 + £2.99 shipping = £12.49 landed. We charge £2.99 shipping too:
        // landed target £12.48 -> item £9.49.
        var rival = Offer.Fbm("SHIPS", 1249, shipping: 299, winner: true);
        var d = RepricingEngine.Decide(Inputs.Shipping(1000, 299, rival), Featured());

        Assert.Equal(949, d.FinalPricePence);
        Assert.StartsWith("Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48 landed, item £9.49", d.Sentence);
    }

    [Fact]
    public void A_featured_offer_filtered_out_gives_way_to_the_lowest_considered_offer()
    {
        var strategy = Featured() with { Filter = new CompetitorFilter(MinFeedbackPercent: 99) };
        var lowRated = Offer.Fbm("LOWRATED", 1100, feedback: 90, winner: true);

        var d = Decide(strategy, lowRated, FbaLow, Offer.Fbm("GOOD", 1310, feedback: 99.5));

        Assert.Equal(1298, d.FinalPricePence);
        Assert.Equal(3, d.Inputs.OfferCount);
        Assert.Equal(2, d.Inputs.ConsideredCount);
    }
}
