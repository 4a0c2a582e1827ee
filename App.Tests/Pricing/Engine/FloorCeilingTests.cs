using SellerConsole.Costing;
using SellerConsole.Pricing.Engine;
using SellerConsole.Shared;
using static SellerConsole.Tests.Pricing.Engine.Strategies;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>
/// Floors from costs (through Costing), manual overrides, ceilings, and "no floor, no repricing".
/// The model: a £4.00 part plus £2.70 postage, standard VAT registered, seeded DIY &amp; Tools fees.
/// </summary>
public sealed class FloorCeilingTests
{
    private static readonly ProfitModel Model = ProfitModels.Simple(400, 270);

    private static decimal ProfitAt(long pence) => ProfitCalculator.Quote(Model.Landed, Model.Sale, Money.FromPence(pence)).Profit;

    [Fact]
    public void The_break_even_floor_is_Costing_s_break_even_price()
    {
        var floor = FloorCalculator.Floor(FloorRule.BreakEven, Model, null);

        Assert.Equal(Money.ToPence(PriceSolver.BreakEvenPrice(Model.Landed, Model.Sale)), floor.Pence);
        Assert.Equal("break-even", floor.Source);
        // Hand check: costs £6.70; each £1 of sale keeps 1 - 1/6 - 13% x 1.02 = 0.70073; 6.70 / 0.70073 = £9.56.
        Assert.InRange(floor.Pence!.Value, 955, 958);
    }

    [Fact]
    public void A_target_margin_floor_is_Costing_s_target_margin_price()
    {
        var floor = FloorCalculator.Floor(new FloorRule(FloorBasis.TargetMargin, 25m), Model, null);

        Assert.Equal(Money.ToPence(PriceSolver.PriceForTargetMargin(Model.Landed, Model.Sale, 0.25m)), floor.Pence);
        Assert.Equal("25% margin", floor.Source);
    }

    [Fact]
    public void A_target_ROI_floor_is_the_first_penny_whose_ROI_reaches_the_target()
    {
        var pence = FloorCalculator.Floor(new FloorRule(FloorBasis.TargetRoi, 30m), Model, null).Pence!.Value;

        Assert.True(ProfitCalculator.Quote(Model.Landed, Model.Sale, Money.FromPence(pence)).Roi >= 0.30m);
        Assert.True(ProfitCalculator.Quote(Model.Landed, Model.Sale, Money.FromPence(pence - 1)).Roi < 0.30m);
    }

    [Fact]
    public void A_fixed_profit_floor_is_the_first_penny_making_that_profit()
    {
        var floor = FloorCalculator.Floor(new FloorRule(FloorBasis.FixedProfit, 200m), Model, null);

        Assert.Equal("£2.00 profit", floor.Source);
        Assert.True(ProfitAt(floor.Pence!.Value) >= 2.00m);
        Assert.True(ProfitAt(floor.Pence.Value - 1) < 2.00m);
    }

    [Fact]
    public void A_manual_floor_overrides_the_costs()
    {
        Assert.Equal(new PriceLimit(777, "manual"), FloorCalculator.Floor(FloorRule.BreakEven, Model, 777));
    }

    [Fact]
    public void No_costs_and_no_manual_floor_means_no_floor_and_no_repricing()
    {
        var input = Inputs.With(1500, Offer.Fbm("A", 1200, winner: true)) with { ManualFloorPence = null, Profit = null };

        var d = RepricingEngine.Decide(input, Featured());

        Assert.Equal(DecisionOutcome.Refused, d.Outcome);
        Assert.Equal(DecisionReason.NoFloor, d.Reason);
        Assert.Equal(1500, d.FinalPricePence);
        Assert.Equal("Not repriced: no costs and no manual floor (no floor, no repricing)", d.Sentence);
    }

    [Fact]
    public void An_unreachable_margin_means_no_floor_and_says_why()
    {
        var floor = FloorCalculator.Floor(new FloorRule(FloorBasis.TargetMargin, 95m), Model, null);

        Assert.Null(floor.Pence);
        Assert.StartsWith("no 95% margin floor: A margin of 95% is unreachable", floor.Source);
    }

    [Fact]
    public void The_engine_prices_down_to_the_cost_floor_and_no_lower()
    {
        var input = Inputs.With(1500, Offer.Fbm("A", 800, winner: true)) with { ManualFloorPence = null, Profit = Model };

        var d = RepricingEngine.Decide(input, Featured());

        Assert.Equal(d.Inputs.FloorPence, d.FinalPricePence);
        Assert.True(ProfitAt(d.FinalPricePence) >= 0m);
    }

    [Fact]
    public void A_ceiling_below_the_floor_refuses_to_reprice()
    {
        var d = RepricingEngine.Decide(Inputs.With(1500, Offer.Fbm("A", 1200)) with { ManualCeilingPence = 400 }, Featured());

        Assert.Equal(DecisionOutcome.Refused, d.Outcome);
        Assert.Equal(DecisionReason.CeilingBelowFloor, d.Reason);
        Assert.Equal("Not repriced: the ceiling £4.00 (manual) is below the floor £5.00 (manual)", d.Sentence);
    }

    [Fact]
    public void Ceilings_come_from_a_manual_price_the_floor_times_a_factor_or_the_90_day_buy_box_high()
    {
        Assert.Equal(new PriceLimit(2500, "manual"), CeilingCalculator.Ceiling(new CeilingRule(CeilingBasis.Manual, Pence: 2500), 1000, null, 0, null));
        Assert.Equal(new PriceLimit(1750, "floor x1.75"), CeilingCalculator.Ceiling(new CeilingRule(CeilingBasis.FloorFactor, 1.75m), 1000, null, 0, null));
        // High £20.00 landed x 1.1 = £22.00 landed, less our £2.99 shipping = £19.01 item.
        Assert.Equal(new PriceLimit(1901, "90-day buy-box high £20.00 x1.1"), CeilingCalculator.Ceiling(new CeilingRule(CeilingBasis.BuyBoxHighFactor, 1.1m), 1000, 2000, 299, null));
        Assert.Null(CeilingCalculator.Ceiling(new CeilingRule(CeilingBasis.BuyBoxHighFactor, 1.1m), 1000, null, 0, null).Pence);
        Assert.Equal(1234, CeilingCalculator.Ceiling(new CeilingRule(CeilingBasis.FloorFactor, 2m), 1000, null, 0, 1234).Pence);
    }
}
