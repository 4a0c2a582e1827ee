using SellerConsole.Costing;
using SellerConsole.Costing.Quoting;
using SellerConsole.Reports.Profit;
using SellerConsole.Tests.Costing;
using static SellerConsole.Tests.Reports.ProfitShop;

namespace SellerConsole.Tests.Reports;

public sealed class ProfitReportBuilderTests
{
    private static ProfitQuote WhatIf(SkuCostDefinition sku, DateOnly day, decimal price, decimal shipping = 0m)
    {
        var costing = CostingFor(null, sku);
        var asOf = ProfitReportBuilder.AsOf(day);
        return costing.Calculator.Quote(sku, costing.Sale(asOf, shipping), price);
    }

    [Fact]
    public void A_one_unit_sale_has_exactly_the_what_if_figures_for_its_day_and_price()
    {
        var sku = Screws();
        var report = new ProfitReportBuilder(CostingFor(null, sku)).Build(Days(2025, 2, 10), ProfitGrouping.Sku,
            [Sale(Dates.Utc(2025, 2, 10).AddHours(14), sku.Sku, 1, 1_299, 199)]);

        var quote = WhatIf(sku, new DateOnly(2025, 2, 10), 12.99m, 1.99m);
        var row = Assert.Single(report.Rows);
        var f = row.Figures;
        Assert.Equal((1, 14.98m, quote.VatDue, quote.Fees.CountedTotal, quote.Profit), (f.Units, f.Revenue, f.Vat, f.Fees, f.Profit));
        Assert.Equal(quote.Landed.Components.Rounded, f.Goods);
        Assert.Equal(quote.Landed.PostageLine.Rounded, f.Postage);
        Assert.Equal(quote.Landed.Packaging.Rounded, f.Packaging);
        Assert.Equal(quote.Landed.Labour.Rounded, f.Labour);
        Assert.Null(row.Problem);
    }

    [Fact]
    public void The_goods_cost_is_the_one_dated_on_the_sale_day()
    {
        var sku = Screws();
        var report = new ProfitReportBuilder(CostingFor(null, sku)).Build(Days(2025, 2, 28, 2), ProfitGrouping.Day,
        [
            Sale(Dates.Utc(2025, 2, 28).AddHours(12), sku.Sku, 1, 999),
            Sale(Dates.Utc(2025, 3, 1).AddHours(12), sku.Sku, 1, 999),
        ]);

        Assert.Equal([4.00m, 6.00m], report.Rows.Select(r => r.Figures.Goods));
        Assert.Equal(2.00m, report.Rows[0].Figures.Profit - report.Rows[1].Figures.Profit);
    }

    [Fact]
    public void A_sale_just_after_midnight_in_summer_belongs_to_that_UK_day()
    {
        var sku = Screws();
        // 23:30 UTC on 31 May is 00:30 BST on 1 June.
        var report = new ProfitReportBuilder(CostingFor(null, sku)).Build(Days(2025, 5, 31, 2), ProfitGrouping.Day,
            [Sale(new DateTime(2025, 5, 31, 23, 30, 0, DateTimeKind.Utc), sku.Sku, 1, 999)]);

        Assert.Equal([0, 1], report.Rows.Select(r => r.Figures.Units));
        Assert.Equal(["2025-05-31", "2025-06-01"], report.Rows.Select(r => r.Key));
    }

    [Fact]
    public void A_multi_unit_line_is_costed_per_unit_and_its_revenue_adds_back_to_the_penny()
    {
        var sku = Screws();
        var report = new ProfitReportBuilder(CostingFor(null, sku)).Build(Days(2025, 2, 10), ProfitGrouping.Sku,
            [Sale(Dates.Utc(2025, 2, 10).AddHours(9), sku.Sku, 3, 1_000, 100)]);

        var day = new DateOnly(2025, 2, 10);
        var f = Assert.Single(report.Rows).Figures;
        Assert.Equal((3, 11.00m), (f.Units, f.Revenue));
        // 334p + 333p + 333p of item, 34p + 33p + 33p of shipping.
        Assert.Equal(WhatIf(sku, day, 3.34m, 0.34m).Profit + 2 * WhatIf(sku, day, 3.33m, 0.33m).Profit, f.Profit);
    }

    [Fact]
    public void An_uncosted_sku_shows_its_sales_and_says_so_instead_of_a_profit()
    {
        var sku = Screws();
        var empty = new SkuBuilder("EMPTY-BOX").Parcel(400, 30m, 20m, 2m).Build();
        var report = new ProfitReportBuilder(CostingFor(null, sku, empty)).Build(Days(2025, 2, 10), ProfitGrouping.Sku,
        [
            Sale(Dates.Utc(2025, 2, 10).AddHours(9), "EMPTY-BOX", 2, 2_000),
            Sale(Dates.Utc(2025, 2, 10).AddHours(9), "NEVER-DEFINED", 1, 500),
            Sale(Dates.Utc(2025, 2, 10).AddHours(9), sku.Sku, 1, 999),
        ]);

        var rows = report.Rows.ToDictionary(r => r.Key);
        foreach (var (key, units) in new[] { ("EMPTY-BOX", 2), ("NEVER-DEFINED", 1) })
        {
            var row = rows[key];
            Assert.Equal(CostedState.NotCostedYet, row.Problem);
            Assert.False(row.Figures.HasCostedSales);
            Assert.Equal((units, units), (row.Figures.Units, row.Figures.UncostedUnits));
            Assert.Null(row.Figures.Margin);
            Assert.Equal(0m, row.Figures.Profit);
        }
        Assert.Equal(rows[sku.Sku].Figures.Profit, report.Totals.Profit);
        Assert.Equal((4, 3, 34.99m, 25.00m), (report.Totals.Units, report.Totals.UncostedUnits, report.Totals.Revenue, report.Totals.UncostedRevenue));
        Assert.Equal(["EMPTY-BOX", "NEVER-DEFINED"], report.UncostedSkus.Keys.Order());
    }

    [Fact]
    public void A_sale_before_any_cost_is_dated_is_not_costed_and_the_row_says_why()
    {
        var sku = Screws();
        var report = new ProfitReportBuilder(CostingFor(null, sku)).Build(Days(2023, 12, 31), ProfitGrouping.Sku,
            [Sale(Dates.Utc(2023, 12, 31).AddHours(9), sku.Sku, 1, 999)]);

        var row = Assert.Single(report.Rows);
        Assert.Contains("no cost effective on or before", row.Problem);
        Assert.Equal(1, row.Figures.UncostedUnits);
    }

    [Fact]
    public void Weeks_start_on_monday_and_months_with_no_sales_still_get_a_row()
    {
        var sku = Screws();
        var builder = new ProfitReportBuilder(CostingFor(null, sku));
        var sales = new[] { Sale(Dates.Utc(2025, 2, 12).AddHours(9), sku.Sku, 1, 999), Sale(Dates.Utc(2025, 4, 2).AddHours(9), sku.Sku, 2, 1_998) };
        var period = new ReportPeriod(new DateOnly(2025, 2, 1), new DateOnly(2025, 4, 30));

        var weeks = builder.Build(period, ProfitGrouping.Week, sales);
        var months = builder.Build(period, ProfitGrouping.Month, sales);

        Assert.Equal("2025-01-27", weeks.Rows[0].Key);
        Assert.All(weeks.Rows, r => Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(r.Key).DayOfWeek));
        Assert.Equal(1, weeks.Rows.Single(r => r.Key == "2025-02-10").Figures.Units);
        Assert.Equal(["Feb 2025", "Mar 2025", "Apr 2025"], months.Rows.Select(r => r.Label));
        Assert.Equal([1, 0, 2], months.Rows.Select(r => r.Figures.Units));
        Assert.Equal(89, months.Daily.Count);
    }

    [Fact]
    public void Amazons_fee_estimate_is_shown_per_unit_sold_but_never_taken_off_the_profit()
    {
        var sku = Screws();
        var without = new ProfitReportBuilder(CostingFor(null, sku)).Build(Days(2025, 2, 10), ProfitGrouping.Sku,
            [Sale(Dates.Utc(2025, 2, 10).AddHours(9), sku.Sku, 2, 2_000)]);
        var with = new ProfitReportBuilder(CostingFor(null, sku), new Dictionary<string, long> { [sku.Sku] = 187 }).Build(Days(2025, 2, 10),
            ProfitGrouping.Sku, [Sale(Dates.Utc(2025, 2, 10).AddHours(9), sku.Sku, 2, 2_000)]);

        Assert.Null(without.Totals.AmazonFeeEstimate);
        Assert.Equal(3.74m, with.Totals.AmazonFeeEstimate);
        Assert.Equal(without.Totals.Profit, with.Totals.Profit);
    }

    [Fact]
    public void Sales_outside_the_period_or_with_no_units_are_left_out()
    {
        var sku = Screws();
        var report = new ProfitReportBuilder(CostingFor(null, sku)).Build(Days(2025, 2, 10), ProfitGrouping.Sku,
        [
            Sale(Dates.Utc(2025, 2, 9).AddHours(9), sku.Sku, 1, 999),
            Sale(Dates.Utc(2025, 2, 11).AddHours(9), sku.Sku, 1, 999),
            Sale(Dates.Utc(2025, 2, 10).AddHours(9), sku.Sku, 0, 0),
        ]);

        Assert.Empty(report.Rows);
        Assert.Equal(ProfitFigures.Zero, report.Totals);
    }

    [Theory]
    [InlineData("2025-02-10", "2025-02-09", "ends")]
    [InlineData("2023-01-01", "2025-02-09", "at most")]
    public void A_period_that_ends_before_it_starts_or_runs_too_long_is_refused(string from, string to, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportPeriod(DateOnly.Parse(from), DateOnly.Parse(to)));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_zero_price_line_is_not_costed_rather_than_failing_the_report()
    {
        var sku = Screws();
        var report = new ProfitReportBuilder(CostingFor(null, sku)).Build(Days(2025, 2, 10), ProfitGrouping.Sku,
            [Sale(Dates.Utc(2025, 2, 10).AddHours(9), sku.Sku, 1, 0)]);

        Assert.Equal(1, report.Totals.UncostedUnits);
        Assert.Contains("no item price", Assert.Single(report.Rows).Problem);
    }
}
