namespace SellerConsole.Costing;

/// <summary>
/// An unrounded cost split into its ex-VAT part and the purchase VAT on it. Kept apart because
/// whether the VAT is a cost depends on the seller's <see cref="VatStatus"/>.
/// </summary>
public readonly record struct CostAmount(decimal ExVat, decimal Vat)
{
    public static CostAmount Zero => default;

    public decimal Gross => ExVat + Vat;

    public static CostAmount FromExVat(decimal exVat, decimal vatRate) => new(exVat, exVat * vatRate);

    public static CostAmount operator +(CostAmount a, CostAmount b) => new(a.ExVat + b.ExVat, a.Vat + b.Vat);

    public static CostAmount operator *(CostAmount a, decimal factor) => new(a.ExVat * factor, a.Vat * factor);
}
