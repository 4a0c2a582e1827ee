using SellerConsole.Costing;
using SellerConsole.Shared;

namespace SellerConsole.Pricing.Engine;

/// <summary>How the floor (lowest item price) is derived from costs. <see cref="Value"/> is percent for
/// TargetMargin/TargetRoi (25 = 25%) and pence of profit per unit for FixedProfit.</summary>
public sealed record FloorRule(FloorBasis Basis, decimal Value = 0m)
{
    public static FloorRule BreakEven { get; } = new(FloorBasis.BreakEven);

    public string Text => Basis switch
    {
        FloorBasis.TargetMargin => $"{PriceText.Percent(Value)} margin",
        FloorBasis.TargetRoi => $"{PriceText.Percent(Value)} ROI",
        FloorBasis.FixedProfit => $"{new Gbp((long)Value)} profit",
        _ => "break-even",
    };
}

/// <summary>Break-even, or the lowest price reaching a target margin, ROI or fixed profit per unit.</summary>
public enum FloorBasis
{
    BreakEven,
    TargetMargin,
    TargetRoi,
    FixedProfit,
}

/// <summary>A floor or ceiling: the item price (null = none) and where it came from, or why there is none.</summary>
public sealed record PriceLimit(long? Pence, string Source)
{
    public bool Exists => Pence is not null;
}

/// <summary>
/// The pure floor calculator. A manual floor wins; otherwise the floor comes from the SKU's costs
/// through Costing's own sale arithmetic (<see cref="SaleMath"/>, which ProfitCalculator and
/// PriceSolver share): the lowest whole-pence price whose profit, margin, ROI or profit per unit
/// reaches the target. Break-even and margin floors equal <see cref="PriceSolver"/>'s answers
/// (tested), and a goal no price reaches gets PriceSolver's own explanation. No costs and no manual
/// floor: no floor, and the engine refuses to reprice.
/// </summary>
public static class FloorCalculator
{
    public static PriceLimit Floor(FloorRule rule, ProfitModel? profit, long? manualPence)
    {
        if (manualPence is { } manual)
        {
            return manual >= 1 ? new PriceLimit(manual, "manual") : new PriceLimit(null, $"the manual floor {new Gbp(manual)} is not a price");
        }
        if (profit is null)
        {
            return new PriceLimit(null, "no costs and no manual floor");
        }
        try
        {
            return new PriceLimit(Solve(rule, profit), rule.Text);
        }
        catch (CostingException e)
        {
            return new PriceLimit(null, $"no {rule.Text} floor: {e.Message}");
        }
    }

    private static long Solve(FloorRule rule, ProfitModel profit)
    {
        var (landed, sale) = (profit.Landed, profit.Sale);
        SaleMath At(long pence) => new(landed, sale, Money.FromPence(pence));
        var target = rule.Basis is FloorBasis.TargetMargin or FloorBasis.TargetRoi ? rule.Value / 100m : Money.FromPence((long)rule.Value);
        if (rule.Basis == FloorBasis.TargetRoi && landed.ExactTotal <= 0m)
        {
            throw new CostingException("an ROI floor needs a landed cost above zero.");
        }
        var cost = landed.ExactTotal;
        // Each goal as a test PriceSolver would make, and as a smooth score (zero at the goal) to aim the search.
        Func<long, bool> passes = rule.Basis switch
        {
            FloorBasis.TargetMargin => p => At(p).Margin >= target,
            FloorBasis.TargetRoi => p => At(p).ExactProfit >= target * cost,
            FloorBasis.FixedProfit => p => At(p).Profit >= target,
            _ => p => At(p).Profit >= 0m,
        };
        Func<long, decimal> score = rule.Basis switch
        {
            FloorBasis.TargetMargin => p =>
            {
                var math = At(p);
                return math.ExactProfit - target * math.ExactNetRevenue;
            },
            FloorBasis.TargetRoi => p => At(p).ExactProfit - target * cost,
            FloorBasis.FixedProfit => p => At(p).ExactProfit - target,
            _ => p => At(p).ExactProfit,
        };
        if (MonotoneSearch.Lowest(passes, MonotoneSearch.Secant(score, 1_000, 100_000), PriceSolver.MaxPricePence) is { } found)
        {
            return found;
        }
        // Unreachable: let Costing say why in its own words.
        _ = rule.Basis == FloorBasis.TargetMargin
            ? PriceSolver.PriceForTargetMargin(landed, sale, target)
            : PriceSolver.BreakEvenPrice(landed, sale);
        throw new CostingException($"No item price up to {Money.FormatPence(PriceSolver.MaxPricePence)} would reach {rule.Text}.");
    }
}
