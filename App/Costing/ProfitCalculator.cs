using SellerConsole.Shared;

namespace SellerConsole.Costing;

/// <summary>Turns a landed cost and a sale into a <see cref="ProfitQuote"/> with its waterfall.</summary>
public static class ProfitCalculator
{
    public static ProfitQuote Quote(LandedCost landed, SaleContext sale, decimal itemPrice)
    {
        SaleMath.RequirePrice(itemPrice);
        SaleMath.RequireMatch(landed, sale);
        var math = new SaleMath(landed, sale, itemPrice);
        var reclaims = sale.Vat.ReclaimsInputVat;

        var fees = new AmazonFees(
            math.Referral,
            math.Dsf,
            math.Plan,
            reclaims ? Money.Round(math.ExactFeeVat) : math.FeeVat,
            reclaims);

        var lines = new List<BreakdownLine>(13)
        {
            new("Item price", itemPrice, BreakdownKind.Revenue),
            new("Shipping charged", sale.ShippingCharge, BreakdownKind.Revenue),
            new(VatLabel(sale.Vat), -math.SaleVat, BreakdownKind.Vat),
            new("Referral fee", -math.Referral, BreakdownKind.AmazonFee),
            new("Digital Services Fee", -math.Dsf, BreakdownKind.AmazonFee),
            new("Plan fee share", -math.Plan, BreakdownKind.AmazonFee),
        };
        if (!reclaims)
        {
            lines.Add(new("VAT on Amazon fees", -math.FeeVat, BreakdownKind.AmazonFee));
        }
        lines.AddRange(landed.Lines.Select(l => new BreakdownLine(l.Label, -l.Rounded, l.Kind)));
        lines.Add(new("Profit", math.Profit, BreakdownKind.Profit));

        return new ProfitQuote(
            landed.Sku,
            sale.AsOf,
            sale.Vat,
            itemPrice,
            sale.ShippingCharge,
            VatDue: math.SaleVat,
            ReclaimableInputVat: reclaims ? Money.Round(landed.ReclaimableVat + math.ExactFeeVat) : 0m,
            fees,
            landed,
            math.Profit,
            math.Margin,
            landed.ExactTotal == 0m ? null : math.ExactProfit / landed.ExactTotal,
            lines);
    }

    private static string VatLabel(VatStatus vat) => vat switch
    {
        VatStatus.StandardRegistered => "VAT on sale (1/6 of gross)",
        VatStatus.FlatRate f => FormattableString.Invariant($"Flat Rate VAT ({f.Rate * 100m:0.##}% of gross)"),
        _ => "VAT (not registered)",
    };
}
