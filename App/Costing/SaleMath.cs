using SellerConsole.Shared;

namespace SellerConsole.Costing;

/// <summary>
/// The price-dependent arithmetic of one sale, shared by quotes and the price solvers so they cannot
/// disagree.
/// <para>Rounding: landed-cost lines are each rounded once (they do not move with price). The
/// price-dependent deductions - referral, DSF, plan share, VAT on fees (when a cost), VAT on the sale,
/// in that order - are rounded as a running total: each line is round(running total) minus
/// round(previous running total). Their sum is therefore round(exact sum), which moves by at most 1p
/// when the price moves 1p, so profit never falls as price rises and break-even can be solved by a
/// monotone search. Rounding each of them on its own instead can make profit drop 1p when two of them
/// round up on the same penny. The referral line equals the referral fee rounded on its own; a later
/// line may differ from its own rounding by at most 1p.</para>
/// </summary>
internal readonly struct SaleMath
{
    public SaleMath(LandedCost landed, SaleContext sale, decimal itemPrice)
    {
        var fees = sale.Fees;
        var reclaims = sale.Vat.ReclaimsInputVat;
        Gross = itemPrice + sale.ShippingCharge;

        var referral = fees.ReferralFee(Gross);
        var dsf = fees.DigitalServicesFeeRate * referral;
        var plan = sale.PlanFeeShare;
        ExactFeeVat = fees.FeeVatRate * (referral + dsf + plan);
        var feeVatCost = reclaims ? 0m : ExactFeeVat;
        ExactSaleVat = sale.Vat.VatDueOnSale(Gross);

        var running = referral;
        Referral = Money.Round(running);
        running += dsf;
        Dsf = Money.Round(running) - Referral;
        running += plan;
        Plan = Money.Round(running) - Referral - Dsf;
        running += feeVatCost;
        FeeVat = Money.Round(running) - Referral - Dsf - Plan;
        running += ExactSaleVat;
        SaleVat = Money.Round(running) - Referral - Dsf - Plan - FeeVat;

        Profit = Gross - Money.Round(running) - landed.Total;
        ExactProfit = Gross - running - landed.ExactTotal;
        ExactNetRevenue = Gross - ExactSaleVat;
    }

    public decimal Gross { get; }

    public decimal ExactFeeVat { get; }

    public decimal ExactSaleVat { get; }

    public decimal Referral { get; }

    public decimal Dsf { get; }

    public decimal Plan { get; }

    /// <summary>The VAT-on-fees line; zero when that VAT is reclaimed (it is then not a cost).</summary>
    public decimal FeeVat { get; }

    public decimal SaleVat { get; }

    public decimal Profit { get; }

    public decimal ExactProfit { get; }

    public decimal ExactNetRevenue { get; }

    /// <summary>Profit / net revenue after VAT, unrounded (see <see cref="ProfitQuote"/>).</summary>
    public decimal Margin => ExactProfit / ExactNetRevenue;

    public static void RequirePrice(decimal itemPrice)
    {
        if (itemPrice < 0.01m || itemPrice != Money.Round(itemPrice))
        {
            throw new CostingException($"The item price must be at least £0.01 in whole pence, got {itemPrice}.");
        }
    }

    public static void RequireMatch(LandedCost landed, SaleContext sale)
    {
        if (landed.AsOf != sale.AsOf || landed.Vat != sale.Vat)
        {
            throw new CostingException(
                $"The landed cost of '{landed.Sku}' was worked out for {EffectiveDating.Format(landed.AsOf)} and {landed.Vat}, " +
                $"but the sale is on {EffectiveDating.Format(sale.AsOf)} for {sale.Vat}.");
        }
    }
}
