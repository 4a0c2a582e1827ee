namespace SellerConsole.Costing;

/// <summary>
/// A bought-in part. Suppliers price by the pack, so the unit cost is pack cost / pack size, kept
/// at full precision: rounding a 0.4p screw to the penny would be a 150% error.
/// </summary>
/// <param name="PackSize">Units per pack (decimal: some packs are sold by length or weight).</param>
/// <param name="PackCosts">Ex-VAT GBP per pack, effective-dated.</param>
/// <param name="PurchaseVatRate">VAT charged on the purchase, e.g. 0.20, or 0.</param>
public sealed record Component(
    string Code,
    string Name,
    string Supplier,
    string SupplierCode,
    decimal PackSize,
    IReadOnlyList<DatedPrice> PackCosts,
    decimal PurchaseVatRate)
{
    public decimal UnitCostExVat(DateTime asOf) =>
        EffectiveDating.AsOf(PackCosts, asOf, $"Component '{Code}'").Amount / PackSize;

    public CostAmount UnitCost(DateTime asOf) => CostAmount.FromExVat(UnitCostExVat(asOf), PurchaseVatRate);
}
