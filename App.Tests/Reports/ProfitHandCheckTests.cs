using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Costing;
using SellerConsole.Costing.Quoting;
using SellerConsole.Reports.Profit;
using SellerConsole.Tests.Costing.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Reports;

/// <summary>
/// The report over the real schema and costing store: three rows checked against the costing what-if
/// (the Costs page's quote for the same SKU, price, shipping and day), one also worked by hand.
/// </summary>
public sealed class ProfitHandCheckTests
{
    private static DateTime Utc(int y, int m, int d, int h = 12, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    private static async Task<(CostingTestDb Test, ProfitReport Report)> ShopAsync()
    {
        var test = await CostingTestDb.CreateAsync();
        await test.SaveAsync(
            Stock.Part("SCREW", 4.00m),
            Stock.Part("BOLT", 30.00m, 100m, new DatedPrice(Utc(2025, 4, 1, 0), 45.00m)),
            Stock.Part("WASHER", 1.50m),
            Stock.Kit("FIXINGS", Stock.Of("BOLT", 4m), Stock.Of("WASHER", 8m)),
            Stock.Sku("SCR", Stock.Of("SCREW", 10m)),
            Stock.Sku("BLT", Stock.Of("BOLT", 20m)),
            Stock.Sku("KIT", Stock.OfKit("FIXINGS", 2m)),
            Stock.Sku("EMPTY"));
        var withShipping = CatalogSeed.Order("O-2", Utc(2025, 4, 15), "Shipped", ("BLT", 1, 1_450));
        withShipping.Lines[0].ShippingPricePence = 249;
        await CatalogSeed.AddAsync(test.Dbs,
        [
            CatalogSeed.Order("O-1", Utc(2025, 2, 10), "Shipped", ("SCR", 1, 999)),
            withShipping,
            CatalogSeed.Order("O-3", Utc(2025, 5, 31, 23, 30), "Unshipped", ("KIT", 1, 2_400), ("EMPTY", 2, 500)),
            CatalogSeed.Order("O-4", Utc(2025, 4, 20), "Canceled", ("SCR", 5, 999)),
            CatalogSeed.Order("O-5", Utc(2025, 6, 30, 23, 30), "Shipped", ("SCR", 1, 999)),
        ]);
        var service = new ProfitReportService(test.Dbs, test.Store, NullLogger<ProfitReportService>.Instance);
        var report = await service.BuildAsync(new ReportPeriod(new DateOnly(2025, 2, 1), new DateOnly(2025, 6, 30)), ProfitGrouping.Sku, default);
        return (test, report);
    }

    [Theory]
    [InlineData("SCR", "2025-02-10", 9.99, 0.00)]
    [InlineData("BLT", "2025-04-15", 14.50, 2.49)]
    [InlineData("KIT", "2025-06-01", 24.00, 0.00)]
    public async Task A_row_matches_the_costing_what_if_for_the_same_sku_price_and_day(string sku, string day, decimal price, decimal shipping)
    {
        var (test, report) = await ShopAsync();
        await using var _ = test;
        var snapshot = await test.Store.SnapshotAsync(default);

        var whatIf = SkuQuotes.Quote(snapshot, new WhatIf(snapshot.Skus[sku], price, shipping), ProfitReportBuilder.AsOf(DateOnly.Parse(day))).Quote;

        var row = report.Rows.Single(r => r.Key == sku).Figures;
        Assert.Equal(1, row.Units);
        Assert.Equal(whatIf.GrossRevenue, row.Revenue);
        Assert.Equal(whatIf.VatDue, row.Vat);
        Assert.Equal(whatIf.Fees.CountedTotal, row.Fees);
        Assert.Equal(whatIf.Landed.Components.Rounded, row.Goods);
        Assert.Equal(whatIf.Landed.Labour.Rounded, row.Labour);
        Assert.Equal(whatIf.Landed.PostageLine.Rounded, row.Postage);
        Assert.Equal(whatIf.Landed.Packaging.Rounded, row.Packaging);
        Assert.Equal(whatIf.Profit, row.Profit);
        // The what-if's margin uses unrounded amounts; the report's is its rounded profit over its rounded net revenue
        // (what the Excel total recomputes), so they agree to about the fourth significant figure.
        Assert.InRange(row.Margin!.Value - whatIf.Margin, -0.002m, 0.002m);
    }

    [Fact]
    public async Task The_screw_row_worked_by_hand()
    {
        var (test, report) = await ShopAsync();
        await using var _ = test;

        // £9.99, standard VAT, DIY & Tools fees from Oct 2024 (13% referral, 2% DSF, fee VAT reclaimed):
        // referral 1.2987 -> 1.30; + DSF 0.025974 -> running 1.3247 -> 1.32 (DSF 0.02); + sale VAT 9.99/6 = 1.665
        // -> running 2.9897 -> 2.99 (VAT 1.67). Landed: 10 screws at £4.00/100 = 0.40, 2 min at £12/h = 0.40,
        // Tracked 48 large letter up to 750 g = 2.70. Profit 9.99 - 1.67 - 1.32 - 3.50 = 3.50; margin 3.50 / 8.32.
        var row = report.Rows.Single(r => r.Key == "SCR").Figures;
        Assert.Equal((9.99m, 1.67m, 1.32m, 0.40m, 0.40m, 2.70m, 0.00m, 3.50m), (row.Revenue, row.Vat, row.Fees, row.Goods, row.Labour, row.Postage, row.Packaging, row.Profit));
        Assert.Equal(0.4207m, Math.Round(row.Margin!.Value, 4));
    }

    [Fact]
    public async Task Cancelled_orders_are_left_out_and_uncosted_lines_are_named()
    {
        var (test, report) = await ShopAsync();
        await using var _ = test;

        // O-5 at 23:30 UTC on 30 June is 00:30 BST on 1 July: outside the period.
        Assert.Equal(3, report.Orders);
        Assert.Equal((5, 2), (report.Totals.Units, report.Totals.UncostedUnits));
        Assert.Equal(CostedState.NotCostedYet, report.Rows.Single(r => r.Key == "EMPTY").Problem);
    }
}
