using SellerConsole.Shared;

namespace SellerConsole.Costing;

/// <summary>
/// Solves item prices in whole pence. Fees depend on price (and the referral minimum makes them
/// piecewise), so there is no closed form; instead both goals are monotone in price - profit by the
/// running-total rounding in <see cref="SaleMath"/>, margin because fixed costs and the minimum fee
/// shrink as a share of a larger sale - and an exponential then binary search over pence finds the
/// exact lowest price in about 60 evaluations. Goals that no price can reach are rejected up front
/// from the marginal rates, and the search stops at <see cref="MaxPricePence"/>, so it never loops.
/// </summary>
public static class PriceSolver
{
    /// <summary>£1,000,000: no DIY &amp; Tools item needs a higher answer; beyond it we say so.</summary>
    public const long MaxPricePence = 100_000_000;

    /// <summary>The lowest item price (whole pence) at which the rounded profit is zero or more.</summary>
    public static decimal BreakEvenPrice(LandedCost landed, SaleContext sale)
    {
        SaleMath.RequireMatch(landed, sale);
        var (net, fees) = MarginalShares(sale);
        if (fees >= net)
        {
            throw new CostingException(
                $"No price breaks even: VAT and Amazon fees take {Percent(1m - net + fees)} of every extra pound of sale.");
        }
        return Money.FromPence(LowestPassing(p => new SaleMath(landed, sale, Money.FromPence(p)).Profit >= 0m, "break even"));
    }

    /// <summary>
    /// The lowest item price (whole pence) whose margin (see <see cref="ProfitQuote"/>) is at least
    /// <paramref name="targetMargin"/>, a fraction: 0.25 means 25%.
    /// </summary>
    public static decimal PriceForTargetMargin(LandedCost landed, SaleContext sale, decimal targetMargin)
    {
        SaleMath.RequireMatch(landed, sale);
        var (net, fees) = MarginalShares(sale);
        // As price grows, costs and the minimum fee vanish as a share, so margin rises towards this ceiling.
        var ceiling = 1m - fees / net;
        if (targetMargin > ceiling)
        {
            throw new CostingException(
                $"A margin of {Percent(targetMargin)} is unreachable: Amazon fees take {Percent(fees / net)} of net revenue " +
                $"at any price, so the margin stays at or below {Percent(ceiling)}.");
        }
        return Money.FromPence(LowestPassing(
            p => new SaleMath(landed, sale, Money.FromPence(p)).Margin >= targetMargin,
            $"reach a {Percent(targetMargin)} margin"));
    }

    /// <summary>Per extra pound of gross sale: what is left after VAT, and what fees take (counted).</summary>
    private static (decimal Net, decimal Fees) MarginalShares(SaleContext sale)
    {
        var f = sale.Fees;
        var fees = f.ReferralRate * (1m + f.DigitalServicesFeeRate) * (sale.Vat.ReclaimsInputVat ? 1m : 1m + f.FeeVatRate);
        return (1m - sale.Vat.SaleVatFraction, fees);
    }

    // Requires passes() to be monotone: false up to some price, true from it on.
    private static long LowestPassing(Func<long, bool> passes, string goal)
    {
        if (passes(1))
        {
            return 1;
        }
        long failing = 1, candidate = 2;
        while (!passes(candidate))
        {
            if (candidate >= MaxPricePence)
            {
                throw new CostingException(
                    $"No item price up to {Money.FormatPence(MaxPricePence)} would {goal}.");
            }
            failing = candidate;
            candidate = Math.Min(candidate * 2, MaxPricePence);
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
        return candidate;
    }

    private static string Percent(decimal fraction) => FormattableString.Invariant($"{fraction * 100m:0.##}%");
}
