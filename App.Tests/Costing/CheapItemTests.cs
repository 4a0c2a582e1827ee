using SellerConsole.Costing;

namespace SellerConsole.Tests.Costing;

/// <summary>
/// "WASHER-5": 5 washers at £2.00/100 = 0.10, one bag 0.12, no labour, 2nd Class Large Letter up to
/// 100 g at £1.55 (the Apr 2025 retail price). Landed 1.77, standard registered, seeded 2025 fees.
/// </summary>
public sealed class CheapItemTests
{
    private static CostingCalculator Calculator() => new CatalogueBuilder()
        .Component("WASHER", 2.00m, 100m)
        .Packaging("BAG", 0.12m)
        .Postage(Services.SecondClass, PostageFormat.LargeLetter, 100, 1.55m)
        .Calculator();

    private static SkuCostDefinition Washers() => new SkuBuilder("WASHER-5").Part("WASHER", 5).Packaging("BAG").Parcel(40, 20m, 12m, 1m).Build();

    [Fact]
    public void A_cheap_item_pays_the_minimum_referral_fee_instead_of_the_rate()
    {
        // Gross 1.79: 0.13 x 1.79 = 0.2327 < 0.25, so referral 0.25. DSF 0.02 x 0.25 = 0.005; running 0.255 -> 0.26,
        // DSF line 0.01. Sale VAT 1.79/6 = 0.298333; running 0.553333 -> 0.55, VAT line 0.29 (the running total
        // absorbs the half penny the DSF rounded up). Profit 1.79 - 0.55 - 1.77 = -0.53.
        // Exact profit 1.79 - 0.553333 - 1.77 = -0.533333; net 1.79 - 0.298333 = 1.491667; margin -0.357542.
        var quote = Calculator().Quote(Washers(), new SaleBuilder().Build(), 1.79m);

        Assert.Equal(0.25m, quote.Fees.Referral);
        Assert.Equal(0.01m, quote.Fees.DigitalServicesFee);
        Assert.Equal(0.29m, quote.VatDue);
        Assert.Equal(1.77m, quote.LandedCost);
        Assert.Equal(-0.53m, quote.Profit);
        Assert.Equal(-0.357542m, Math.Round(quote.Margin, 6));
    }

    [Theory]
    [InlineData(0.01, 0.25)]
    [InlineData(1.92, 0.25)] // 0.13 x 1.92 = 0.2496, still under the minimum
    [InlineData(1.93, 0.25)] // 0.13 x 1.93 = 0.2509 -> rate applies, rounds to 0.25
    [InlineData(2.00, 0.26)] // 0.13 x 2.00 = 0.26
    public void The_referral_fee_is_the_larger_of_rate_and_minimum(decimal price, decimal expected)
    {
        Assert.Equal(expected, Calculator().Quote(Washers(), new SaleBuilder().Build(), price).Fees.Referral);
    }

    [Fact]
    public void Break_even_is_solved_exactly_to_the_penny()
    {
        // Above £1.93 fees and VAT take 0.13 + 0.0026 + 1/6 = 0.2992667 of price; landed 1.77.
        // 2.51: deductions 0.751159 -> 0.75, profit 2.51 - 0.75 - 1.77 = -0.01.
        // 2.52: deductions 0.754152 -> 0.75, profit 2.52 - 0.75 - 1.77 = 0.00. Break-even 2.52.
        var calculator = Calculator();
        var sale = new SaleBuilder().Build();

        Assert.Equal(2.52m, calculator.BreakEvenPrice(Washers(), sale));
        Assert.Equal(0.00m, calculator.Quote(Washers(), sale, 2.52m).Profit);
        Assert.Equal(-0.01m, calculator.Quote(Washers(), sale, 2.51m).Profit);
    }

    [Fact]
    public void Target_margin_price_is_the_first_penny_that_reaches_the_margin()
    {
        // Margin = (0.7007333p - 1.77) / (p x 5/6) >= 0.25  <=>  0.4924p >= 1.77  <=>  p >= 3.5946.
        // 3.59: (2.515633 - 1.77) / 2.991667 = 0.249237 < 0.25; 3.60: (2.522640 - 1.77) / 3.00 = 0.250880.
        var calculator = Calculator();
        var sale = new SaleBuilder().Build();

        Assert.Equal(3.60m, calculator.PriceForTargetMargin(Washers(), sale, 0.25m));
        Assert.Equal(0.249237m, Math.Round(calculator.Quote(Washers(), sale, 3.59m).Margin, 6));
    }

    [Fact]
    public void An_unreachable_target_margin_is_a_clear_error_not_a_loop()
    {
        // Fees take 0.1326 / (5/6) = 15.91% of net revenue at any price, so margin stays below 84.09%.
        var error = Assert.Throws<CostingException>(
            () => Calculator().PriceForTargetMargin(Washers(), new SaleBuilder().Build(), 0.85m));

        Assert.Contains("A margin of 85% is unreachable", error.Message);
        Assert.Contains("84.09%", error.Message);
    }

    [Fact]
    public void A_target_at_the_ceiling_stops_at_the_price_cap()
    {
        var sale = new SaleBuilder().Build();
        var ceiling = 1m - 0.13m * 1.02m / (1m - 1m / 6m);

        var error = Assert.Throws<CostingException>(() => Calculator().PriceForTargetMargin(Washers(), sale, ceiling));

        Assert.Contains("No item price up to £1,000,000.00", error.Message);
    }

    [Fact]
    public void No_break_even_exists_when_fees_and_VAT_take_every_extra_pound()
    {
        // Not registered: 0.90 x 1.02 x 1.2 = 1.1016 of every extra pound goes in fees.
        var greedy = new FeeSchedule("Greedy", Dates.Start, 0.90m, 0.25m, 0.02m, 0.20m, 0m);
        var sale = new SaleBuilder().Vat(new VatStatus.NotRegistered()).Fees(greedy).Build();

        var error = Assert.Throws<CostingException>(() => Calculator().BreakEvenPrice(Washers(), sale));

        Assert.Contains("No price breaks even", error.Message);
    }
}
