namespace SellerConsole.Costing;

/// <summary>
/// The entry point the app calls: costs SKUs against one catalogue. Pure and thread-safe (the
/// catalogue is immutable; per-call caches live in the call). For many prices of one SKU (a repricer
/// floor, a price slider) compute <see cref="LandedCost"/> once and use <see cref="ProfitCalculator"/>
/// and <see cref="PriceSolver"/> on it.
/// </summary>
public sealed class CostingCalculator(CostingCatalogue catalogue)
{
    public CostingCatalogue Catalogue => catalogue;

    public LandedCost LandedCost(SkuCostDefinition sku, DateTime asOf, VatStatus vat) =>
        LandedCostCalculator.Calculate(catalogue, sku, asOf, vat);

    /// <param name="itemPrice">VAT-inclusive price the buyer pays for the item, whole pence.</param>
    public ProfitQuote Quote(SkuCostDefinition sku, SaleContext sale, decimal itemPrice) =>
        ProfitCalculator.Quote(LandedCost(sku, sale.AsOf, sale.Vat), sale, itemPrice);

    public decimal BreakEvenPrice(SkuCostDefinition sku, SaleContext sale) =>
        PriceSolver.BreakEvenPrice(LandedCost(sku, sale.AsOf, sale.Vat), sale);

    /// <param name="targetMargin">A fraction of net revenue, e.g. 0.25 for 25% (see <see cref="ProfitQuote"/>).</param>
    public decimal PriceForTargetMargin(SkuCostDefinition sku, SaleContext sale, decimal targetMargin) =>
        PriceSolver.PriceForTargetMargin(LandedCost(sku, sale.AsOf, sale.Vat), sale, targetMargin);

    /// <summary>The SKU's contents as a costed tree, for the BOM editor and its live total.</summary>
    public BomRollUp RollUp(SkuCostDefinition sku, DateTime asOf)
    {
        EffectiveDating.RequireUtc(asOf, "as-of date");
        CatalogueValidator.ValidateLines(catalogue, sku.Contents, $"SKU '{sku.Sku}'");
        var bom = new BomCalculator(catalogue, asOf);
        return new BomRollUp(sku.Sku, asOf, sku.Contents.Select(bom.Node).ToArray());
    }

    /// <summary>One component or kit as a costed tree (quantity 1, no waste at the root).</summary>
    public BomNode RollUp(BomRef item, DateTime asOf)
    {
        EffectiveDating.RequireUtc(asOf, "as-of date");
        if (!catalogue.Contains(item))
        {
            throw new CostingException($"{item} is not in the catalogue.");
        }
        return new BomCalculator(catalogue, asOf).Node(new BomLine(item, 1m));
    }
}
