using SellerConsole.Costing;
using SellerConsole.Pricing.Engine;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>
/// The profit-optimal strategy on histories whose answer is known by construction.
/// Worked optimum: with constant elasticity e, units ∝ p^e, and profit per unit k·p − c, expected
/// profit p^e (k·p − c) peaks at p* = e·c / (k·(e + 1)). Not VAT registered, the seeded fees take
/// 13% x 1.02 DSF x 1.2 VAT = 15.912% of the sale, so k = 0.84088; a £5.00 part and £1.00 postage
/// make c = £6.00; with e = −3, p* = 3 x 6.00 / (0.84088 x 2) = £10.70.
/// </summary>
public sealed class ProfitOptimalTests
{
    private static readonly RepricingStrategy Optimal = Strategies.Of(StrategyKind.ProfitOptimal);

    /// <summary>Our landed prices cycling through the levels, <paramref name="perLevel"/> days each, units = 100 x (p/£10)^e x share.</summary>
    private static List<DemandObservation> History(long[] levels, int perLevel, double elasticity, long? competitor = null, Func<long, double>? share = null)
    {
        var days = new List<DemandObservation>();
        var day = new DateOnly(2025, 3, 1);
        for (var round = 0; round < perLevel; round++)
        {
            foreach (var price in levels)
            {
                var s = share?.Invoke(price) ?? 1.0;
                var units = (int)Math.Round(s * 100 * Math.Pow(price / 1000.0, elasticity));
                days.Add(new DemandObservation(day, price, competitor, s, units));
                day = day.AddDays(1);
            }
        }
        return days;
    }

    private static readonly long[] EightLevels = [800, 900, 1000, 1100, 1200, 1300, 1400, 1500];

    [Fact]
    public void With_rich_history_it_finds_the_worked_optimum_with_high_confidence()
    {
        var input = Inputs.With(1200) with { Profit = ProfitModels.Simple(500, 100, new VatStatus.NotRegistered()), History = History(EightLevels, 8, -3.0) };

        var d = RepricingEngine.Decide(input, Optimal);

        var estimate = d.Strategy.Optimal!;
        Assert.Equal(PriceSource.ProfitOptimal, d.Strategy.Source);
        Assert.Equal(ConfidenceLevel.High, estimate.Confidence);
        Assert.False(estimate.FellBack);
        Assert.InRange(estimate.Elasticity!.Value, -3.1, -2.9);
        Assert.InRange(d.FinalPricePence, 1050, 1090);
        Assert.Equal(64, estimate.Days);
        Assert.Equal(8, estimate.PriceLevels);
        Assert.True(d.Sentence.StartsWith("Profit-optimal (high confidence: 64 days, 8 price levels, elasticity -3"), d.Sentence);
        Assert.Contains("maximises expected profit at £", d.Sentence);
    }

    [Fact]
    public void Thin_history_falls_back_to_featured_offer_targeting_and_says_why()
    {
        var input = Inputs.With(1500, Offer.Fbm("RIVAL", 1249, winner: true)) with
        {
            Profit = ProfitModels.Simple(500, 100),
            History = History([1000, 1100], 3, -2.0),
        };

        var d = RepricingEngine.Decide(input, Optimal);

        Assert.Equal(1248, d.FinalPricePence);
        Assert.True(d.Strategy.Optimal!.FellBack);
        Assert.Equal(ConfidenceLevel.Low, d.Strategy.Optimal.Confidence);
        Assert.StartsWith("Profit-optimal: low confidence: 6 days, 2 price levels", d.Sentence);
        Assert.Contains("fell back to featured-offer targeting; beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48", d.Sentence);
    }

    [Fact]
    public void Without_costs_it_falls_back_because_it_cannot_weigh_profit()
    {
        var input = Inputs.With(1500, Offer.Fbm("RIVAL", 1249, winner: true)) with { History = History(EightLevels, 8, -3.0) };

        var d = RepricingEngine.Decide(input, Optimal);

        Assert.Equal(1248, d.FinalPricePence);
        Assert.StartsWith("Profit-optimal: no costs to weigh profit; fell back", d.Sentence);
    }

    [Fact]
    public void Medium_confidence_is_used_unless_the_strategy_demands_high()
    {
        var input = Inputs.With(1200, Offer.Fbm("RIVAL", 1249, winner: true)) with
        {
            Profit = ProfitModels.Simple(500, 100, new VatStatus.NotRegistered()),
            History = History([900, 1000, 1100, 1200], 5, -3.0, competitor: 1300),
        };

        var medium = RepricingEngine.Decide(input, Optimal);
        Assert.Equal(ConfidenceLevel.Medium, medium.Strategy.Optimal!.Confidence);
        Assert.False(medium.Strategy.Optimal.FellBack);

        var strict = RepricingEngine.Decide(input, Optimal with { Optimal = new ProfitOptimalSettings(MinConfidence: ConfidenceLevel.High) });
        Assert.True(strict.Strategy.Optimal!.FellBack);
        Assert.Equal(1248, strict.FinalPricePence);
    }

    [Fact]
    public void Losing_the_buy_box_above_the_competitor_keeps_the_optimum_just_under_it()
    {
        // Inelastic demand (e = -1.5) alone would push the price up, but above the £10.00 rival the
        // buy-box share falls from 100% to 10%: the best price sits in the last gap that kept 100%.
        static double Share(long ours) => ours <= 995 ? 1.0 : ours <= 1005 ? 0.5 : 0.1;
        var input = Inputs.With(1000, Offer.Fbm("RIVAL", 1000, winner: true)) with
        {
            Profit = ProfitModels.Simple(300, 200),
            History = History([900, 950, 980, 995, 1000, 1020, 1050, 1100], 4, -1.5, competitor: 1000, share: Share),
        };

        var d = RepricingEngine.Decide(input, Optimal);

        Assert.Equal(PriceSource.ProfitOptimal, d.Strategy.Source);
        Assert.InRange(d.FinalPricePence, 981, 995);
        Assert.Equal(1.0, d.Strategy.Optimal!.ExpectedBuyBoxShare);
    }

    [Fact]
    public void The_buy_box_share_curve_never_rises_with_the_price_gap()
    {
        var history = new List<DemandObservation>
        {
            new(new DateOnly(2025, 1, 1), 900, 1000, 0.6, 5),   // -10%: 0.6
            new(new DateOnly(2025, 1, 2), 990, 1000, 0.4, 5),   // -1%: 0.4
            new(new DateOnly(2025, 1, 3), 1030, 1000, 0.8, 5),  // +3%: 0.8, a lucky day
            new(new DateOnly(2025, 1, 4), 1200, 1000, 0.0, 0),  // +20%: 0
        };

        var curve = BuyBoxShareCurve.Fit(history);

        // Pool-adjacent-violators: 0.4 then 0.8 violate, so they pool to 0.6; 0.6, 0.6, 0.6, 0.
        Assert.Equal(0.6, curve.ShareAt(900, 1000)!.Value, 6);
        Assert.Equal(0.6, curve.ShareAt(990, 1000)!.Value, 6);
        Assert.Equal(0.6, curve.ShareAt(1030, 1000)!.Value, 6);
        Assert.Equal(0.0, curve.ShareAt(1200, 1000)!.Value, 6);
        Assert.Null(curve.ShareAt(1000, 1000));
    }
}
