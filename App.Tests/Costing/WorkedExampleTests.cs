using SellerConsole.Costing;

namespace SellerConsole.Tests.Costing;

/// <summary>
/// Hand-worked quotes of one SKU, "HOOK-SET-10", under each VAT status on 1 Jun 2025, using the seeded
/// DIY &amp; Tools fees (13% referral, 2% DSF, 20% VAT on fees, minimum £0.25).
/// Costs per shipped unit, ex VAT:
///   components: 10 hooks at £12.00/50 = 2.40, 20 screws at £4.50/200 = 0.45, 20 plugs at £3.00/100 = 0.60 -> 3.45 (+20% VAT 0.69)
///   packaging: mailing bag 0.12 + label 0.02 = 0.14 (+20% VAT 0.028)
///   labour: 3 min at £12/h = 0.60 (no VAT)
///   postage: 600 g, 30x22x2 cm fits a Large Letter; cheapest is Tracked 48 LL up to 750 g = 2.70 (exempt).
/// </summary>
public sealed class WorkedExampleTests
{
    internal static CostingCalculator Calculator() => new CatalogueBuilder()
        .Component("HOOK", 12.00m, 50m)
        .Component("SCREW", 4.50m, 200m)
        .Component("PLUG", 3.00m, 100m)
        .Packaging("BAG-LL", 0.12m)
        .Packaging("LABEL", 0.02m, kind: PackagingKind.Label)
        .LabourRate(12m)
        .StandardPostageCard()
        .Calculator();

    internal static SkuCostDefinition HookSet() => new SkuBuilder("HOOK-SET-10")
        .Part("HOOK", 10).Part("SCREW", 20).Part("PLUG", 20)
        .Packaging("BAG-LL").Packaging("LABEL")
        .Labour(3)
        .Parcel(600, 30m, 22m, 2m)
        .Build();

    [Fact]
    public void A_standard_registered_seller_counts_costs_and_fees_ex_VAT_and_pays_a_sixth_of_gross()
    {
        // Gross 19.99. Referral 0.13 x 19.99 = 2.5987 -> 2.60. DSF 0.02 x 2.5987 = 0.051974; running
        // 2.650674 -> 2.65, so DSF line 0.05. Sale VAT 19.99/6 = 3.331667; running 5.982341 -> 5.98, so
        // VAT line 3.33. Landed 2.70 + 0.14 + 0.60 + 3.45 = 6.89. Profit 19.99 - 5.98 - 6.89 = 7.12.
        // Exact profit 19.99 - 2.650674 - 3.331667 - 6.89 = 7.117659; net revenue 19.99 - 3.331667 = 16.658333;
        // margin 0.427273; ROI 7.117659 / 6.89 = 1.033042.
        // VAT on fees 0.2 x 2.650674 = 0.530135 -> 0.53, reclaimed. Input VAT 0.69 + 0.028 + 0.530135 = 1.248135 -> 1.25.
        var quote = Calculator().Quote(HookSet(), new SaleBuilder().Build(), 19.99m);

        Assert.Equal(6.89m, quote.LandedCost);
        Assert.Equal(new AmazonFees(2.60m, 0.05m, 0m, 0.53m, VatOnFeesReclaimable: true), quote.Fees);
        Assert.Equal(3.33m, quote.VatDue);
        Assert.Equal(1.25m, quote.ReclaimableInputVat);
        Assert.Equal(2.08m, quote.NetVatPayable);
        Assert.Equal(7.12m, quote.Profit);
        Assert.Equal(0.427273m, Math.Round(quote.Margin, 6));
        Assert.Equal(1.033042m, Math.Round(quote.Roi!.Value, 6));
        Assert.Equal(
            [19.99m, 0m, -3.33m, -2.60m, -0.05m, 0m, -2.70m, -0.14m, -0.60m, -3.45m, 7.12m],
            quote.Breakdown.Select(l => l.Amount));
    }

    [Fact]
    public void A_flat_rate_seller_pays_the_flat_rate_on_gross_and_reclaims_nothing()
    {
        // Item 17.99 + shipping 2.00 = gross 19.99, flat rate 12.5%, plan £25 over 250 units = 0.10.
        // Costs VAT-inclusive: components 3.45 x 1.2 = 4.14; packaging 0.14 x 1.2 = 0.168 -> 0.17;
        // labour 0.60; postage 2.70 (exempt). Landed 7.61 (exact 7.608).
        // Running fees: referral 2.5987 -> 2.60; +DSF 0.051974 = 2.650674 -> 2.65 (0.05);
        // +plan 0.10 = 2.750674 -> 2.75 (0.10); +fee VAT 0.2 x 2.750674 = 0.550135 -> 3.300809 -> 3.30 (0.55);
        // +flat VAT 0.125 x 19.99 = 2.49875 -> 5.799559 -> 5.80 (2.50).
        // Profit 19.99 - 5.80 - 7.61 = 6.58. Exact 19.99 - 5.799559 - 7.608 = 6.582441; net 19.99 - 2.49875 = 17.49125;
        // margin 0.376328; ROI 6.582441 / 7.608 = 0.865200.
        var sale = new SaleBuilder().Vat(new VatStatus.FlatRate(0.125m)).Shipping(2.00m).PlanSpreadOver(250).Build();

        var quote = Calculator().Quote(HookSet(), sale, 17.99m);

        Assert.Equal(7.61m, quote.LandedCost);
        Assert.Equal(new AmazonFees(2.60m, 0.05m, 0.10m, 0.55m, VatOnFeesReclaimable: false), quote.Fees);
        Assert.Equal(3.30m, quote.Fees.CountedTotal);
        Assert.Equal(2.50m, quote.VatDue);
        Assert.Equal(0m, quote.ReclaimableInputVat);
        Assert.Equal(6.58m, quote.Profit);
        Assert.Equal(0.376328m, Math.Round(quote.Margin, 6));
        Assert.Equal(0.865200m, Math.Round(quote.Roi!.Value, 6));
        Assert.Equal(
            [17.99m, 2.00m, -2.50m, -2.60m, -0.05m, -0.10m, -0.55m, -2.70m, -0.17m, -0.60m, -4.14m, 6.58m],
            quote.Breakdown.Select(l => l.Amount));
    }

    [Fact]
    public void A_seller_not_registered_owes_no_VAT_and_bears_all_of_it_on_costs_and_fees()
    {
        // Gross 19.99. Landed VAT-inclusive 7.61 as in the flat-rate case (exact 7.608).
        // Running: referral 2.60; DSF 0.05; fee VAT 0.2 x 2.650674 = 0.530135 -> 3.180809 -> 3.18 (0.53); VAT 0.
        // Profit 19.99 - 3.18 - 7.61 = 9.20. Exact 19.99 - 3.180809 - 7.608 = 9.201191; margin on gross
        // (nothing owed) 9.201191 / 19.99 = 0.460290.
        var quote = Calculator().Quote(HookSet(), new SaleBuilder().Vat(new VatStatus.NotRegistered()).Build(), 19.99m);

        Assert.Equal(0m, quote.VatDue);
        Assert.Equal(19.99m, quote.NetRevenue);
        Assert.Equal(new AmazonFees(2.60m, 0.05m, 0m, 0.53m, VatOnFeesReclaimable: false), quote.Fees);
        Assert.Equal(9.20m, quote.Profit);
        Assert.Equal(0.460290m, Math.Round(quote.Margin, 6));
        Assert.Equal(
            [19.99m, 0m, 0m, -2.60m, -0.05m, 0m, -0.53m, -2.70m, -0.17m, -0.60m, -4.14m, 9.20m],
            quote.Breakdown.Select(l => l.Amount));
    }

    [Fact]
    public void Breakdown_lines_run_in_waterfall_order_and_name_the_postage_chosen()
    {
        var quote = Calculator().Quote(HookSet(), new SaleBuilder().Vat(new VatStatus.NotRegistered()).Build(), 19.99m);

        Assert.Equal(
            ["Item price", "Shipping charged", "VAT (not registered)", "Referral fee", "Digital Services Fee", "Plan fee share",
             "VAT on Amazon fees", "Postage (Royal Mail Tracked 48, Large Letter up to 750 g)", "Packaging",
             "Packing labour (3 min)", "Components", "Profit"],
            quote.Breakdown.Select(l => l.Label));
        Assert.Equal(quote.Breakdown.Select(l => l.Kind).Order(), quote.Breakdown.Select(l => l.Kind));
    }
}
