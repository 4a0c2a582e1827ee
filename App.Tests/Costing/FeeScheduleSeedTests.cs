using SellerConsole.Costing;

namespace SellerConsole.Tests.Costing;

public sealed class FeeScheduleSeedTests
{
    private static FeeSchedule AsOf(int year, int month, int day) => FeeScheduleSeed.DiyAndTools().AsOf(Dates.Utc(year, month, day));

    [Fact]
    public void Each_dated_schedule_applies_from_its_day()
    {
        Assert.Equal(0.1224m, AsOf(2021, 6, 7).ReferralRate);
        Assert.Equal(0.1326m, AsOf(2021, 6, 8).ReferralRate);
        Assert.Equal((0.1326m, 0m), (AsOf(2024, 9, 30).ReferralRate, AsOf(2024, 9, 30).DigitalServicesFeeRate));
        Assert.Equal((0.13m, 0.02m), (AsOf(2024, 10, 1).ReferralRate, AsOf(2024, 10, 1).DigitalServicesFeeRate));
    }

    [Fact]
    public void The_split_2024_schedule_costs_the_same_as_the_bundled_one_above_the_minimum()
    {
        // 13% x 1.02 = 13.26% of £20.00 = 2.652 either way.
        var bundled = AsOf(2024, 9, 30);
        var split = AsOf(2024, 10, 1);

        Assert.Equal(bundled.ReferralFee(20m), split.ReferralFee(20m) * (1m + split.DigitalServicesFeeRate));
    }

    [Fact]
    public void Every_schedule_has_the_minimum_fee_fee_VAT_and_plan_fee()
    {
        Assert.All(FeeScheduleSeed.DiyAndTools().Schedules, s =>
            Assert.Equal((0.25m, 0.20m, 25m), (s.MinimumReferralFee, s.FeeVatRate, s.MonthlyPlanFeeExVat)));
    }

    [Fact]
    public void Before_the_first_schedule_there_are_no_fees_to_quote()
    {
        var error = Assert.Throws<CostingException>(() => AsOf(2020, 8, 31));

        Assert.Equal("No fee schedule for 'DIY & Tools' is effective on or before 2020-08-31.", error.Message);
    }

    [Fact]
    public void The_plan_fee_is_shared_over_expected_units()
    {
        // £25 / 200 units = 0.125. Running fees at £19.99: 2.650674 -> 2.65, + 0.125 = 2.775674 -> 2.78,
        // so the plan line is 2.78 - 2.65 = 0.13.
        var sale = new SaleBuilder().PlanSpreadOver(200).Build();

        var quote = WorkedExampleTests.Calculator().Quote(WorkedExampleTests.HookSet(), sale, 19.99m);

        Assert.Equal(0.125m, sale.PlanFeeShare);
        Assert.Equal(0.13m, quote.Fees.PlanFeeShare);
        Assert.Equal(7.12m - 0.13m, quote.Profit);
    }

    [Theory]
    [InlineData(1.0, 0.0, 0.2)]
    [InlineData(-0.1, 0.0, 0.2)]
    [InlineData(0.13, 1.5, 0.2)]
    public void Rates_outside_zero_to_one_are_refused(decimal referral, decimal dsf, decimal feeVat)
    {
        Assert.Throws<CostingException>(() => new FeeSchedule("X", Dates.Start, referral, 0.25m, dsf, feeVat, 25m));
    }
}
