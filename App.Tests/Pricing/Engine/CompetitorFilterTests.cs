using SellerConsole.Pricing.Engine;
using static SellerConsole.Tests.Pricing.Engine.Strategies;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>Which offers count as competition, and Amazon's three policies. Lowest-offer strategy, current £15.00.</summary>
public sealed class CompetitorFilterTests
{
    private static RepricingDecision Lowest(CompetitorFilter filter, params PricingOffer[] offers) =>
        RepricingEngine.Decide(Inputs.With(1500, offers), Of(StrategyKind.LowestOffer) with { Filter = filter });

    [Fact]
    public void FBA_only_ignores_merchant_fulfilled_offers()
    {
        var d = Lowest(new CompetitorFilter(ChannelFilter.FbaOnly), Offer.Fbm("M", 1000), Offer.Fba("F", 1200));
        Assert.Equal(1199, d.FinalPricePence);
    }

    [Fact]
    public void FBM_only_ignores_FBA_and_Amazon_offers()
    {
        var d = Lowest(new CompetitorFilter(ChannelFilter.FbmOnly), Offer.Fba("F", 1000), Offer.Amazon(1050), Offer.Fbm("M", 1200));
        Assert.Equal(1199, d.FinalPricePence);
    }

    [Fact]
    public void Minimum_feedback_percent_and_count_leave_out_weak_and_unrated_sellers()
    {
        var d = Lowest(new CompetitorFilter(MinFeedbackPercent: 95, MinFeedbackCount: 100),
            Offer.Fbm("LOW%", 1000, feedback: 90),
            Offer.Fbm("FEW", 1050, feedback: 99, count: 12),
            Offer.Fbm("UNRATED", 1080, feedback: null),
            Offer.Fbm("GOOD", 1300, feedback: 97, count: 150));

        Assert.Equal(1299, d.FinalPricePence);
        Assert.Equal(1, d.Inputs.ConsideredCount);
    }

    [Fact]
    public void Amazon_passes_the_feedback_filter_it_has_no_feedback_for()
    {
        var d = Lowest(new CompetitorFilter(MinFeedbackPercent: 95), Offer.Amazon(1100), Offer.Fbm("M", 1300));
        Assert.Equal(1099, d.FinalPricePence);
    }

    [Fact]
    public void Maximum_dispatch_time_leaves_out_slow_sellers_but_not_FBA()
    {
        var d = Lowest(new CompetitorFilter(MaxDispatchHours: 48),
            Offer.Fbm("SLOW", 1000, dispatchHours: 96), Offer.Fbm("UNKNOWN", 1010, dispatchHours: null), Offer.Fba("FBA", 1200), Offer.Fbm("QUICK", 1250, dispatchHours: 24));
        Assert.Equal(1199, d.FinalPricePence);
    }

    [Fact]
    public void UK_only_leaves_out_merchant_offers_shipped_from_abroad_or_from_nowhere_stated()
    {
        var d = Lowest(new CompetitorFilter(UkOnly: true),
            Offer.Fbm("CN", 900, shipsFrom: "CN"), Offer.Fbm("NONE", 950, shipsFrom: null), Offer.Fbm("UK", 1100, shipsFrom: "GB"));
        Assert.Equal(1099, d.FinalPricePence);
    }

    [Fact]
    public void Amazon_ignored_is_not_competition()
    {
        var strategy = Of(StrategyKind.LowestOffer) with { Amazon = AmazonPolicy.Ignore };
        var d = RepricingEngine.Decide(Inputs.With(1500, Offer.Amazon(1000), Offer.Fbm("M", 1200)), strategy);

        Assert.Equal(1199, d.FinalPricePence);
        Assert.True(d.Inputs.AmazonOn);
    }

    [Fact]
    public void Hold_while_Amazon_is_on_keeps_the_price_and_says_so()
    {
        var strategy = Of(StrategyKind.LowestOffer) with { Amazon = AmazonPolicy.Hold };
        var d = RepricingEngine.Decide(Inputs.With(1500, Offer.Amazon(1000), Offer.Fbm("M", 1200)), strategy);

        Assert.Equal(DecisionOutcome.Hold, d.Outcome);
        Assert.Equal(DecisionReason.AmazonOn, d.Reason);
        Assert.Equal(1500, d.FinalPricePence);
        Assert.Equal("Amazon is on the listing at £10.00: holding at £15.00", d.Sentence);
    }

    [Fact]
    public void The_Amazon_rule_prices_against_Amazon_its_own_way_when_Amazon_joins()
    {
        // Normally beat the lowest by 1p; against Amazon, stay 50p above it.
        var strategy = Of(StrategyKind.LowestOffer) with { AmazonPosition = Above(50) };
        var d = RepricingEngine.Decide(Inputs.With(1500, Offer.Amazon(1200), Offer.Fbm("M", 1100)), strategy);

        Assert.Equal(1250, d.FinalPricePence);
        Assert.Equal(PriceSource.AmazonRule, d.Strategy.Source);
        Assert.StartsWith("Stay 50p above Amazon's offer £12.00 (Amazon) -> £12.50", d.Sentence);
    }

    [Fact]
    public void Without_Amazon_the_Amazon_rule_does_nothing()
    {
        var strategy = Of(StrategyKind.LowestOffer) with { AmazonPosition = Above(50) };
        Assert.Equal(1099, RepricingEngine.Decide(Inputs.With(1500, Offer.Fbm("M", 1100)), strategy).FinalPricePence);
    }
}
