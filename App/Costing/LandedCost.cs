namespace SellerConsole.Costing;

/// <summary>
/// A price-independent cost line of one shipped unit. <see cref="Counted"/> is the unrounded amount
/// this seller bears (per <see cref="VatStatus.Counted"/>); <see cref="Rounded"/> is that amount rounded
/// once to the penny, as displayed and as subtracted in the waterfall.
/// </summary>
public sealed record LandedCostLine(string Label, BreakdownKind Kind, CostAmount Cost, decimal Counted)
{
    public decimal Rounded => Shared.Money.Round(Counted);
}

/// <summary>
/// Landed cost of one shipped unit of a SKU on a date for a VAT status: postage + packaging + labour +
/// components (the waterfall order). <see cref="Total"/> is the sum of the rounded lines, so the
/// displayed lines always add up to the displayed total.
/// </summary>
public sealed record LandedCost(
    string Sku,
    DateTime AsOf,
    VatStatus Vat,
    PostageChoice Postage,
    LandedCostLine PostageLine,
    LandedCostLine Packaging,
    LandedCostLine Labour,
    LandedCostLine Components)
{
    public IReadOnlyList<LandedCostLine> Lines => [PostageLine, Packaging, Labour, Components];

    public decimal Total => PostageLine.Rounded + Packaging.Rounded + Labour.Rounded + Components.Rounded;

    /// <summary>Unrounded total, used for ratios (ROI) so they do not jump with rounding.</summary>
    public decimal ExactTotal => PostageLine.Counted + Packaging.Counted + Labour.Counted + Components.Counted;

    /// <summary>Unrounded input VAT on these costs that the seller reclaims (zero unless standard registered).</summary>
    public decimal ReclaimableVat => Vat.ReclaimsInputVat
        ? PostageLine.Cost.Vat + Packaging.Cost.Vat + Labour.Cost.Vat + Components.Cost.Vat
        : 0m;
}

internal static class LandedCostCalculator
{
    public static LandedCost Calculate(CostingCatalogue catalogue, SkuCostDefinition sku, DateTime asOf, VatStatus vat)
    {
        EffectiveDating.RequireUtc(asOf, "as-of date");
        Validate(catalogue, sku);

        var components = new BomCalculator(catalogue, asOf).LinesCost(sku.Contents);
        var packaging = CostAmount.Zero;
        foreach (var line in sku.Packaging)
        {
            packaging += catalogue.Packaging(line.Code).UnitCost(asOf) * line.Quantity;
        }
        var labour = sku.LabourMinutes == 0m
            ? CostAmount.Zero
            : new CostAmount(
                EffectiveDating.AsOf(catalogue.LabourHourlyRates, asOf, "The labour rate").Amount * sku.LabourMinutes / 60m, 0m);
        var postage = PostageSelector.Choose(catalogue.PostageRates, sku.Parcel, asOf, vat, sku.PostageService);

        LandedCostLine Line(string label, BreakdownKind kind, CostAmount cost) => new(label, kind, cost, vat.Counted(cost));

        return new LandedCost(
            sku.Sku,
            asOf,
            vat,
            postage,
            Line($"Postage ({postage.Label})", BreakdownKind.Postage, postage.Rate.Cost),
            Line("Packaging", BreakdownKind.Packaging, packaging),
            Line(FormattableString.Invariant($"Packing labour ({sku.LabourMinutes:0.##} min)"), BreakdownKind.Labour, labour),
            Line("Components", BreakdownKind.Components, components));
    }

    private static void Validate(CostingCatalogue catalogue, SkuCostDefinition sku)
    {
        var owner = $"SKU '{sku.Sku}'";
        CatalogueValidator.ValidateLines(catalogue, sku.Contents, owner);
        foreach (var line in sku.Packaging)
        {
            catalogue.Packaging(line.Code);
            if (line.Quantity <= 0)
            {
                throw new CostingException($"{owner} uses packaging '{line.Code}' with quantity {line.Quantity}; it must be positive.");
            }
        }
        if (sku.LabourMinutes < 0)
        {
            throw new CostingException($"{owner} has negative labour minutes.");
        }
        var size = sku.Parcel.Size;
        if (sku.Parcel.WeightGrams <= 0 || size.A <= 0 || size.B <= 0 || size.C <= 0)
        {
            throw new CostingException($"{owner} needs a positive packed weight and dimensions, got {sku.Parcel}.");
        }
    }
}
