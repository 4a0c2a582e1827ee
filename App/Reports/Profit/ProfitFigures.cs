namespace SellerConsole.Reports.Profit;

/// <summary>
/// The money of some sales (a SKU, a period, the total), in pounds. Sales the costing module cannot
/// cost (no cost definition, nothing in the box, or a cost missing on the sale day) count in
/// <see cref="Units"/> and <see cref="Revenue"/> and again in <see cref="UncostedUnits"/> and
/// <see cref="UncostedRevenue"/>, and nowhere else: VAT, fees, costs and profit cover only the costed
/// sales, so no row shows a profit it does not have.
/// <para><see cref="Profit"/> is the sum of the costing calculator's per-unit profits, not worked out
/// here; the report's invariant (tested) is Profit = CostedRevenue - Vat - Fees - Costs.</para>
/// </summary>
/// <param name="Fees">Amazon fees our fee schedule charged (referral, DSF, plan share, and the VAT on
/// them when it is not reclaimed), as the costing what-if counts them.</param>
/// <param name="AmazonFeeEstimate">Units x Amazon's own per-unit fee estimate at the listing's current
/// price (the fees sync), for the units whose SKU has one; null when none has. Shown for comparison,
/// never subtracted.</param>
/// <param name="Goods">Components from the BOM at the costs dated on the sale day.</param>
public sealed record ProfitFigures(
    int Units,
    decimal Revenue,
    int UncostedUnits,
    decimal UncostedRevenue,
    decimal Vat,
    decimal Fees,
    decimal? AmazonFeeEstimate,
    decimal Goods,
    decimal Labour,
    decimal Postage,
    decimal Packaging,
    decimal Profit)
{
    public static ProfitFigures Zero { get; } = new(0, 0m, 0, 0m, 0m, 0m, null, 0m, 0m, 0m, 0m, 0m);

    public int CostedUnits => Units - UncostedUnits;

    public decimal CostedRevenue => Revenue - UncostedRevenue;

    /// <summary>Landed cost: goods + labour + postage + packaging.</summary>
    public decimal Costs => Goods + Labour + Postage + Packaging;

    /// <summary>Revenue of the costed sales after the VAT due on them (the costing module's margin base).</summary>
    public decimal NetRevenue => CostedRevenue - Vat;

    /// <summary>Profit / net revenue, as the costing what-if defines margin; null with no costed sales.</summary>
    public decimal? Margin => CostedUnits > 0 && NetRevenue != 0m ? Profit / NetRevenue : null;

    public bool HasCostedSales => CostedUnits > 0;

    public bool FullyCosted => UncostedUnits == 0;

    public static ProfitFigures operator +(ProfitFigures a, ProfitFigures b) => new(
        a.Units + b.Units,
        a.Revenue + b.Revenue,
        a.UncostedUnits + b.UncostedUnits,
        a.UncostedRevenue + b.UncostedRevenue,
        a.Vat + b.Vat,
        a.Fees + b.Fees,
        a.AmazonFeeEstimate is null && b.AmazonFeeEstimate is null ? null : (a.AmazonFeeEstimate ?? 0m) + (b.AmazonFeeEstimate ?? 0m),
        a.Goods + b.Goods,
        a.Labour + b.Labour,
        a.Postage + b.Postage,
        a.Packaging + b.Packaging,
        a.Profit + b.Profit);

    public static ProfitFigures Sum(IEnumerable<ProfitFigures> figures) => figures.Aggregate(Zero, (sum, f) => sum + f);
}
