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
/// through Costing's <see cref="PriceSolver"/> (break-even, margin) or the same profit arithmetic
/// (ROI, fixed profit: the lowest whole-pence price reaching the target, found by the same monotone
/// search). No costs and no manual floor: no floor, and the engine refuses to reprice.
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
            var price = rule.Basis switch
            {
                FloorBasis.TargetMargin => PriceSolver.PriceForTargetMargin(profit.Landed, profit.Sale, rule.Value / 100m),
                FloorBasis.TargetRoi => Lowest(profit, RoiAtLeast(profit, rule.Value / 100m), $"reach a {PriceText.Percent(rule.Value)} ROI"),
                FloorBasis.FixedProfit => Lowest(profit, ProfitAtLeast(profit, Money.FromPence((long)rule.Value)), $"make {new Gbp((long)rule.Value)} profit"),
                _ => PriceSolver.BreakEvenPrice(profit.Landed, profit.Sale),
            };
            return new PriceLimit(Money.ToPence(price), rule.Text);
        }
        catch (CostingException e)
        {
            return new PriceLimit(null, $"no {rule.Text} floor: {e.Message}");
        }
    }

    private static Func<long, bool> RoiAtLeast(ProfitModel profit, decimal roi)
    {
        var cost = profit.Landed.ExactTotal;
        if (cost <= 0m)
        {
            throw new CostingException("an ROI floor needs a landed cost above zero.");
        }
        return p => new SaleMath(profit.Landed, profit.Sale, Money.FromPence(p)).ExactProfit >= roi * cost;
    }

    private static Func<long, bool> ProfitAtLeast(ProfitModel profit, decimal amount) =>
        p => new SaleMath(profit.Landed, profit.Sale, Money.FromPence(p)).Profit >= amount;

    // Profit (rounded and exact) never falls as the price rises once some price breaks even (see
    // SaleMath), so the first passing penny is found by doubling then halving, as PriceSolver does.
    private static decimal Lowest(ProfitModel profit, Func<long, bool> passes, string goal)
    {
        PriceSolver.BreakEvenPrice(profit.Landed, profit.Sale); // throws when no price can ever make money
        if (passes(1))
        {
            return 0.01m;
        }
        long failing = 1, candidate = 2;
        while (!passes(candidate))
        {
            if (candidate >= PriceSolver.MaxPricePence)
            {
                throw new CostingException($"No item price up to {Money.FormatPence(PriceSolver.MaxPricePence)} would {goal}.");
            }
            failing = candidate;
            candidate = Math.Min(candidate * 2, PriceSolver.MaxPricePence);
        }
        while (candidate - failing > 1)
        {
            var mid = failing + (candidate - failing) / 2;
            if (passes(mid))
            {
                candidate = mid;
            }
            else
            {
                failing = mid;
            }
        }
        return Money.FromPence(candidate);
    }
}
