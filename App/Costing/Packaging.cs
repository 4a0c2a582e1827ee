namespace SellerConsole.Costing;

public enum PackagingKind
{
    Box,
    Bag,
    Label,
    VoidFill,
    Other,
}

/// <summary>A consumable used to pack an order. Costs are ex-VAT per unit, effective-dated.</summary>
public sealed record PackagingItem(
    string Code,
    string Name,
    PackagingKind Kind,
    IReadOnlyList<DatedPrice> Costs,
    decimal VatRate)
{
    public CostAmount UnitCost(DateTime asOf) =>
        CostAmount.FromExVat(EffectiveDating.AsOf(Costs, asOf, $"Packaging '{Code}'").Amount, VatRate);
}

/// <summary>How much of a packaging item one shipped unit uses (e.g. 0.5 m of void fill).</summary>
public sealed record PackagingLine(string Code, decimal Quantity);
