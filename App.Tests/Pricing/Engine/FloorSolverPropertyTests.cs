using SellerConsole.Costing;
using SellerConsole.Pricing.Engine;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>The floor calculator against Costing's own solver over the costing property cases.</summary>
public sealed class FloorSolverPropertyTests
{
    [Fact]
    public void Break_even_and_margin_floors_equal_PriceSolver_s_answers_over_2_000_random_costings()
    {
        foreach (var c in Enumerable.Range(20_250_601, 2_000).Select(SellerConsole.Tests.Costing.RandomCase.Create))
        {
            var model = new ProfitModel(c.Landed(), c.Sale);
            var margin = new Random(c.Seed).Next(-20, 60);

            Assert.Equal(Money.ToPence(PriceSolver.BreakEvenPrice(model.Landed, model.Sale)), FloorCalculator.Floor(FloorRule.BreakEven, model, null).Pence);
            var expected = Expected(() => PriceSolver.PriceForTargetMargin(model.Landed, model.Sale, margin / 100m));
            Assert.Equal(expected, FloorCalculator.Floor(new FloorRule(FloorBasis.TargetMargin, margin), model, null).Pence);
        }
    }

    [Fact]
    public void ROI_and_fixed_profit_floors_are_the_first_penny_reaching_the_target_over_2_000_random_costings()
    {
        foreach (var c in Enumerable.Range(20_250_601, 2_000).Select(SellerConsole.Tests.Costing.RandomCase.Create))
        {
            var model = new ProfitModel(c.Landed(), c.Sale);
            var rng = new Random(c.Seed);
            var roi = rng.Next(-50, 300);
            var profit = rng.Next(-100, 2_000);
            ProfitQuote? Q(long pence) => pence < 1 ? null : ProfitCalculator.Quote(model.Landed, model.Sale, Money.FromPence(pence));

            if (FloorCalculator.Floor(new FloorRule(FloorBasis.TargetRoi, roi), model, null).Pence is { } roiFloor)
            {
                Assert.True(Q(roiFloor)!.Roi >= roi / 100m, $"seed {c.Seed}");
                Assert.True(Q(roiFloor - 1) is not { } below || below.Roi < roi / 100m, $"seed {c.Seed}");
            }
            var fixedFloor = FloorCalculator.Floor(new FloorRule(FloorBasis.FixedProfit, profit), model, null).Pence!.Value;
            Assert.True(Q(fixedFloor)!.Profit >= profit / 100m, $"seed {c.Seed}");
            Assert.True(Q(fixedFloor - 1) is not { } under || under.Profit < profit / 100m, $"seed {c.Seed}");
        }
    }

    private static long? Expected(Func<decimal> solve)
    {
        try
        {
            return Money.ToPence(solve());
        }
        catch (CostingException)
        {
            return null;
        }
    }
}

/// <summary>Floors the caller stores instead of the engine solving them each time.</summary>
public sealed class KnownFloorTests
{
    [Fact]
    public void A_stored_floor_is_used_as_given_and_a_schedule_still_overrides_it()
    {
        var input = Inputs.With(1500, Offer.Fbm("A", 900, winner: true)) with
        {
            ManualFloorPence = null,
            Profit = ProfitModels.Simple(400, 270),
            KnownFloor = new PriceLimit(1111, "break-even"),
        };

        Assert.Equal(1111, RepricingEngine.Decide(input, Strategies.Featured()).FinalPricePence);
        var sale = new ScheduleRule("Sale", new ScheduleWindow(), ScheduleAction.SwapMinMax, MinPence: 1000);
        Assert.Equal(1000, RepricingEngine.Decide(input, Strategies.Featured() with { Schedules = [sale] }).FinalPricePence);
        Assert.Equal(DecisionReason.NoFloor, RepricingEngine.Decide(input with { KnownFloor = new PriceLimit(null, "no costs") }, Strategies.Featured()).Reason);
    }
}
