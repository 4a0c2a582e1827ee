using System.Globalization;
using SellerConsole.Costing;
using SellerConsole.Shared;

namespace SellerConsole.Pricing.Engine;

/// <summary>
/// The profit-optimal strategy: expected profit a day at item price p = buy-box share at p's gap to
/// the lowest competitor x units per buy-box day at p (the fitted elasticity) x profit per unit at p
/// (Costing's arithmetic). It searches only inside the floor and ceiling and inside the prices our
/// history covers (5% either side), never extrapolating to gaps it never saw. It states its confidence
/// and gives way to featured-offer targeting when that confidence is below the strategy's minimum.
/// </summary>
internal static class ProfitOptimal
{
    private const int GridPoints = 40;

    public static (ProfitOptimalEstimate Estimate, long? Price) Evaluate(RepricingInput input, RepricingStrategy strategy, MarketView market, long floor, long? ceiling)
    {
        var fit = DemandFit.Fit(input.History);
        var confidence = Confidence(fit, strategy.Optimal);
        var basis = Basis(fit, confidence);
        if (input.Profit is not { } profit)
        {
            return (FellBack(fit, ConfidenceLevel.Low, "Profit-optimal: no costs to weigh profit; fell back to featured-offer targeting"), null);
        }
        if (confidence < strategy.Optimal.MinConfidence)
        {
            return (FellBack(fit, confidence, $"Profit-optimal: {basis}; fell back to featured-offer targeting"), null);
        }

        var ship = input.ShippingPence;
        var lo = Math.Max(floor, (long)Math.Ceiling(fit.MinLandedPence * 0.95) - ship);
        var hi = Math.Min(ceiling ?? long.MaxValue, (long)Math.Floor(fit.MaxLandedPence * 1.05) - ship);
        var theirs = market.Lowest()?.LandedPence;
        var profitAt = ProfitLine.For(profit, lo);
        (long Price, double Share, double Units, double Profit)? best = null;
        void Consider(long p)
        {
            if (p < lo || p > hi || p < 1 || fit.Share.ShareAt(p + ship, theirs) is not { } share)
            {
                return;
            }
            var units = share * fit.UnitsPerBuyBoxDay(p + ship);
            if (!double.IsFinite(units) || units > 1e9)
            {
                return; // a wild fit far from its data: no number to compare
            }
            var perDay = units * profitAt(p);
            if (best is not { } b || perDay > b.Profit || (perDay == b.Profit && p > b.Price))
            {
                best = (p, share, units, perDay);
            }
        }
        for (var i = 0; i <= GridPoints && lo <= hi; i++)
        {
            Consider(lo + (hi - lo) * i / GridPoints);
        }
        if (theirs is { } t)
        {
            Consider(t - 1 - ship);
            Consider(t - ship);
            Consider(t + 1 - ship);
        }
        Consider(input.PricePence);

        if (best is not { } found)
        {
            return (FellBack(fit, confidence, $"Profit-optimal: {basis}, but no price inside the floor, ceiling and tried gaps; fell back to featured-offer targeting"), null);
        }
        // Ranked on the unrounded profit line; reported with Costing's rounded profit at the chosen price.
        var profitPerDay = Money.Round((decimal)found.Units * new SaleMath(profit.Landed, profit.Sale, Money.FromPence(found.Price)).Profit);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Profit-optimal ({basis}): {new Gbp(found.Price)} maximises expected profit at {new Gbp(Money.ToPence(profitPerDay))}/day ({found.Units:0.0#} units, {found.Share:0%} buy box)");
        return (new ProfitOptimalEstimate(confidence, false, found.Price, profitPerDay, found.Units, found.Share, fit.Elasticity, fit.ElasticityStdError,
            fit.Days, fit.PriceLevels, text), found.Price);
    }

    /// <summary>High: twice the minimum days, one price level more, elasticity to within ±0.5. Medium: the minimums, ±1.0.</summary>
    public static ConfidenceLevel Confidence(DemandFit fit, ProfitOptimalSettings settings)
    {
        if (!fit.IsUsable)
        {
            return ConfidenceLevel.Low;
        }
        if (fit.Days >= 2 * settings.MinDays && fit.PriceLevels >= settings.MinPriceLevels + 1 && fit.ElasticityStdError <= 0.5)
        {
            return ConfidenceLevel.High;
        }
        return fit.Days >= settings.MinDays && fit.PriceLevels >= settings.MinPriceLevels && fit.ElasticityStdError <= 1.0
            ? ConfidenceLevel.Medium
            : ConfidenceLevel.Low;
    }

    private static string Basis(DemandFit fit, ConfidenceLevel confidence)
    {
        var level = confidence.ToString().ToLowerInvariant();
        var days = $"{fit.Days} {(fit.Days == 1 ? "day" : "days")}, {fit.PriceLevels} price {(fit.PriceLevels == 1 ? "level" : "levels")}";
        return double.IsFinite(fit.Elasticity) && double.IsFinite(fit.ElasticityStdError)
            ? string.Create(CultureInfo.InvariantCulture, $"{level} confidence: {days}, elasticity {fit.Elasticity:0.0} ± {fit.ElasticityStdError:0.00}")
            : $"{level} confidence: {days}";
    }

    private static ProfitOptimalEstimate FellBack(DemandFit fit, ConfidenceLevel confidence, string text) => new(
        confidence, true, null, null, null, null,
        double.IsFinite(fit.Elasticity) ? fit.Elasticity : null,
        double.IsFinite(fit.ElasticityStdError) ? fit.ElasticityStdError : null,
        fit.Days, fit.PriceLevels, text);

    /// <summary>
    /// Unrounded profit per unit as a function of item price. Every fee and VAT line is a fixed share
    /// of the sale once the referral fee is above its minimum, so profit is a straight line there:
    /// two exact evaluations give it, and only prices under that kink pay for a full evaluation.
    /// </summary>
    private static class ProfitLine
    {
        public static Func<long, double> For(ProfitModel profit, long from)
        {
            var fees = profit.Sale.Fees;
            var shipping = Money.ToPence(profit.Sale.ShippingCharge);
            var kink = fees.ReferralRate > 0m ? (long)Math.Ceiling(fees.MinimumReferralFee / fees.ReferralRate * 100m) - shipping : long.MaxValue;
            double Exact(long p) => (double)new SaleMath(profit.Landed, profit.Sale, Money.FromPence(Math.Max(1, p))).ExactProfit;
            var p1 = Math.Max(Math.Max(from, kink), 1);
            var p2 = p1 + 10_000;
            var y1 = Exact(p1);
            var slope = (Exact(p2) - y1) / (p2 - p1);
            return p => p >= p1 ? y1 + slope * (p - p1) : Exact(p);
        }
    }
}
