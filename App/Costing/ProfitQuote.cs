namespace SellerConsole.Costing;

public enum BreakdownKind
{
    Revenue,
    Vat,
    AmazonFee,
    Postage,
    Packaging,
    Labour,
    Components,
    Profit,
}

/// <summary>A waterfall line: money in is positive, money out negative; the Profit line is their sum.</summary>
public sealed record BreakdownLine(string Label, decimal Amount, BreakdownKind Kind);

/// <summary>
/// Amazon's fees on one unit, in pounds to the penny (ex VAT, plus the VAT on them). When
/// <see cref="VatOnFeesReclaimable"/> the VAT is shown for cash flow but is not a cost.
/// </summary>
public sealed record AmazonFees(
    decimal Referral,
    decimal DigitalServicesFee,
    decimal PlanFeeShare,
    decimal VatOnFees,
    bool VatOnFeesReclaimable)
{
    /// <summary>What the fees cost this seller: ex VAT if the VAT is reclaimed, else with it.</summary>
    public decimal CountedTotal => Referral + DigitalServicesFee + PlanFeeShare + (VatOnFeesReclaimable ? 0m : VatOnFees);
}

/// <summary>
/// The result of <see cref="CostingCalculator.Quote"/>. Money is rounded to the penny and
/// <see cref="Breakdown"/> sums exactly to <see cref="Profit"/>.
/// <para><b>Margin</b> = profit / net revenue, where net revenue = item price + shipping charged - the
/// VAT due on the sale (gross/6 standard, flat rate x gross on the Flat Rate Scheme, nothing when not
/// registered). It is the share of the money the seller keeps after VAT that is profit, one definition
/// for every status. <b>ROI</b> = profit / landed cost. Both ratios are unrounded fractions (0.25 = 25%)
/// computed from the unrounded amounts, so they rise smoothly with price and the target-margin solver
/// is exact; they can differ from a ratio of the rounded lines in about the fourth significant figure.</para>
/// </summary>
public sealed record ProfitQuote(
    string Sku,
    DateTime AsOf,
    VatStatus Vat,
    decimal ItemPrice,
    decimal ShippingCharge,
    decimal VatDue,
    decimal ReclaimableInputVat,
    AmazonFees Fees,
    LandedCost Landed,
    decimal Profit,
    decimal Margin,
    decimal? Roi,
    IReadOnlyList<BreakdownLine> Breakdown)
{
    public decimal GrossRevenue => ItemPrice + ShippingCharge;

    public decimal NetRevenue => GrossRevenue - VatDue;

    public decimal LandedCost => Landed.Total;

    /// <summary>VAT due on the sale less the input VAT reclaimed on its costs and fees.</summary>
    public decimal NetVatPayable => VatDue - ReclaimableInputVat;
}
