namespace SellerConsole.Costing;

/// <summary>
/// The seller's UK VAT position, which decides what VAT is owed on a sale and whether VAT paid on
/// costs is a cost. The rules (one place, tested in VatRulesTests):
/// <list type="bullet">
/// <item><b>StandardRegistered</b>: VAT due on the sale = gross / 6 of (item price + shipping charged),
/// i.e. 20% VAT inside a VAT-inclusive total. VAT on components, packaging, VAT-able postage and on
/// Amazon's fees is reclaimed as input VAT, so costs and fees count ex VAT.</item>
/// <item><b>FlatRate(rate)</b>: VAT due = rate x VAT-inclusive turnover (price + shipping). Nothing is
/// reclaimable, so costs count VAT-inclusive and fees count with their VAT.</item>
/// <item><b>NotRegistered</b>: no VAT on the sale; every cost and fee counts VAT-inclusive.</item>
/// </list>
/// Postage is VAT-exempt unless its rate card band carries a VAT rate; labour carries no VAT.
/// </summary>
public abstract record VatStatus
{
    private VatStatus() { }

    /// <summary>Whether input VAT (on purchases and on Amazon's fees) comes back from HMRC.</summary>
    public abstract bool ReclaimsInputVat { get; }

    /// <summary>Unrounded VAT owed to HMRC on a VAT-inclusive sale total.</summary>
    public abstract decimal VatDueOnSale(decimal grossSale);

    /// <summary>
    /// The share of each extra pound of gross sale that goes to VAT (for the price solvers).
    /// </summary>
    public abstract decimal SaleVatFraction { get; }

    /// <summary>What a cost costs this seller once reclaimable VAT is taken out.</summary>
    public decimal Counted(CostAmount cost) => ReclaimsInputVat ? cost.ExVat : cost.Gross;

    public sealed record StandardRegistered : VatStatus
    {
        public override bool ReclaimsInputVat => true;

        public override decimal VatDueOnSale(decimal grossSale) => grossSale / 6m;

        public override decimal SaleVatFraction => 1m / 6m;

        public override string ToString() => "VAT registered (standard)";
    }

    /// <param name="Rate">The flat rate for the trade sector, e.g. 0.125; real rates run 4%-16.5%.</param>
    public sealed record FlatRate(decimal Rate) : VatStatus
    {
        // Capped below 50% so the VAT can never swallow the sale (net revenue stays positive).
        public decimal Rate { get; } = Rate is >= 0m and < 0.5m
            ? Rate
            : throw new CostingException($"A flat rate of {Rate} is not plausible; expected 0 to 0.5 (e.g. 0.125).");

        public override bool ReclaimsInputVat => false;

        public override decimal VatDueOnSale(decimal grossSale) => Rate * grossSale;

        public override decimal SaleVatFraction => Rate;

        public override string ToString() => FormattableString.Invariant($"Flat Rate Scheme ({Rate * 100m:0.##}%)");
    }

    public sealed record NotRegistered : VatStatus
    {
        public override bool ReclaimsInputVat => false;

        public override decimal VatDueOnSale(decimal grossSale) => 0m;

        public override decimal SaleVatFraction => 0m;

        public override string ToString() => "Not VAT registered";
    }
}
