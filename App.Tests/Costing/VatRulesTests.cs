using SellerConsole.Costing;

namespace SellerConsole.Tests.Costing;

/// <summary>The rules stated on <see cref="VatStatus"/>, one test per rule.</summary>
public sealed class VatRulesTests
{
    private static readonly CostAmount TenPlusVat = new(10.00m, 2.00m);

    [Fact]
    public void Standard_registered_owes_a_sixth_of_gross_and_counts_costs_ex_VAT()
    {
        var vat = new VatStatus.StandardRegistered();

        Assert.Equal(2.00m, vat.VatDueOnSale(12.00m));
        Assert.Equal(10.00m, vat.Counted(TenPlusVat));
        Assert.True(vat.ReclaimsInputVat);
    }

    [Fact]
    public void Flat_rate_owes_the_rate_times_gross_and_counts_costs_VAT_inclusive()
    {
        var vat = new VatStatus.FlatRate(0.125m);

        Assert.Equal(1.50m, vat.VatDueOnSale(12.00m));
        Assert.Equal(12.00m, vat.Counted(TenPlusVat));
        Assert.False(vat.ReclaimsInputVat);
    }

    [Fact]
    public void Not_registered_owes_nothing_and_counts_costs_VAT_inclusive()
    {
        var vat = new VatStatus.NotRegistered();

        Assert.Equal(0m, vat.VatDueOnSale(12.00m));
        Assert.Equal(12.00m, vat.Counted(TenPlusVat));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(0.5)]
    public void An_implausible_flat_rate_is_refused(decimal rate)
    {
        Assert.Throws<CostingException>(() => new VatStatus.FlatRate(rate));
    }

    [Fact]
    public void VAT_on_Amazon_fees_is_a_cost_line_only_when_it_cannot_be_reclaimed()
    {
        var calculator = WorkedExampleTests.Calculator();
        var sku = WorkedExampleTests.HookSet();

        bool HasFeeVatLine(VatStatus vat) =>
            calculator.Quote(sku, new SaleBuilder().Vat(vat).Build(), 19.99m).Breakdown.Any(l => l.Label == "VAT on Amazon fees");

        Assert.False(HasFeeVatLine(new VatStatus.StandardRegistered()));
        Assert.True(HasFeeVatLine(new VatStatus.FlatRate(0.125m)));
        Assert.True(HasFeeVatLine(new VatStatus.NotRegistered()));
    }

    [Fact]
    public void Exempt_postage_costs_every_seller_the_same_but_VAT_able_postage_does_not()
    {
        var exempt = new CatalogueBuilder().Postage("Stamp", PostageFormat.LargeLetter, 750, 2.70m).Calculator();
        var vatable = new CatalogueBuilder().Postage("Courier", PostageFormat.LargeLetter, 750, 2.70m, 0.20m).Calculator();
        var sku = new SkuBuilder().Build();

        decimal Postage(CostingCalculator calc, VatStatus vat) => calc.LandedCost(sku, Dates.Sale, vat).PostageLine.Rounded;

        Assert.Equal(2.70m, Postage(exempt, new VatStatus.StandardRegistered()));
        Assert.Equal(2.70m, Postage(exempt, new VatStatus.NotRegistered()));
        Assert.Equal(2.70m, Postage(vatable, new VatStatus.StandardRegistered()));
        Assert.Equal(3.24m, Postage(vatable, new VatStatus.FlatRate(0.125m)));
    }

    [Fact]
    public void Only_a_standard_registered_seller_reclaims_input_VAT()
    {
        var calculator = WorkedExampleTests.Calculator();
        var sku = WorkedExampleTests.HookSet();

        decimal Reclaimed(VatStatus vat) => calculator.Quote(sku, new SaleBuilder().Vat(vat).Build(), 19.99m).ReclaimableInputVat;

        Assert.Equal(1.25m, Reclaimed(new VatStatus.StandardRegistered()));
        Assert.Equal(0m, Reclaimed(new VatStatus.FlatRate(0.125m)));
        Assert.Equal(0m, Reclaimed(new VatStatus.NotRegistered()));
    }

    [Fact]
    public void Margin_is_profit_over_revenue_after_the_VAT_due_for_every_status()
    {
        var calculator = WorkedExampleTests.Calculator();
        var sku = WorkedExampleTests.HookSet();
        VatStatus[] statuses = [new VatStatus.StandardRegistered(), new VatStatus.FlatRate(0.125m), new VatStatus.NotRegistered()];

        foreach (var vat in statuses)
        {
            var quote = calculator.Quote(sku, new SaleBuilder().Vat(vat).Build(), 19.99m);
            // Unrounded ratio vs the rounded lines: agree to within a few pennies' worth.
            Assert.InRange(quote.Margin - quote.Profit / quote.NetRevenue, -0.002m, 0.002m);
        }
    }
}
