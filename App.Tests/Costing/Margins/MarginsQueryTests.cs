using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing;
using SellerConsole.Costing.Margins;
using SellerConsole.Shared;
using SellerConsole.Tests.Costing.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Costing.Margins;

public sealed class MarginsQueryTests
{
    private static async Task<(CostingTestDb Test, MarginsQuery Margins)> SeedAsync()
    {
        var test = await CostingTestDb.CreateAsync();
        await test.SaveAsync(
            Stock.Part("SCREW", 4.00m),
            Stock.Sku("GOOD", Stock.Of("SCREW", 10m)),
            Stock.Sku("LOSS", Stock.Of("SCREW", 10m)),
            Stock.Sku("THIN", Stock.Of("SCREW", 10m)),
            Stock.Sku("HEAVY", Stock.Of("SCREW", 10m)) with { Parcel = new PackedParcel(25_000, new Dimensions(60m, 40m, 40m)) });
        await CatalogSeed.AddAsync(test.Dbs,
        [
            CatalogSeed.Listing(1, l => (l.Sku, l.PricePence) = ("GOOD", 1_999)),
            CatalogSeed.Listing(2, l => (l.Sku, l.PricePence) = ("LOSS", 399)),
            CatalogSeed.Listing(3, l => (l.Sku, l.PricePence) = ("THIN", 599)),
            CatalogSeed.Listing(4, l => (l.Sku, l.PricePence) = ("HEAVY", 2_999)),
            CatalogSeed.Listing(5, l => (l.Sku, l.PricePence) = ("NO-COSTS", 999)),
        ]);
        return (test, new MarginsQuery(test.Dbs, test.Store, test.Clock, test.Feed));
    }

    [Fact]
    public async Task Every_listing_is_joined_with_its_costs_and_flagged_for_missing_costs_losses_and_thin_margins()
    {
        var (test, margins) = await SeedAsync();
        await using var _ = test;

        var page = await margins.PageAsync(new MarginFilter(), "sku", false, 0, 50, default);

        var rows = page.Rows.ToDictionary(r => r.Sku);
        var snapshot = await test.Store.SnapshotAsync(default);
        var sale = snapshot.Sale(CostingTestDb.Now);
        var good = snapshot.Calculator.Quote(snapshot.Skus["GOOD"], sale, 19.99m);
        Assert.Equal((good.Profit, good.Margin, good.LandedCost), (rows["GOOD"].Profit, rows["GOOD"].Margin, rows["GOOD"].LandedCost));
        Assert.Equal(snapshot.Calculator.BreakEvenPrice(snapshot.Skus["GOOD"], sale), rows["GOOD"].BreakEven);
        Assert.Equal(snapshot.Calculator.PriceForTargetMargin(snapshot.Skus["GOOD"], sale, 0.20m), rows["GOOD"].TargetPrice);
        Assert.False(rows["GOOD"].UnderTarget);
        Assert.True(rows["LOSS"].Profit < 0 && rows["LOSS"].Has(MarginFlag.LossMaking));
        Assert.True(rows["THIN"].Profit > 0 && rows["THIN"].UnderTarget);
        Assert.Contains("No format or weight band", rows["HEAVY"].Problem);
        Assert.False(rows["NO-COSTS"].HasCosts);
        Assert.Equal((5, 4, 2, 1, 1, 1), (page.Summary.Listings, page.Summary.WithCosts, page.Summary.UnderTarget, page.Summary.LossMaking, page.Summary.MissingCosts, page.Summary.CannotCost));
    }

    [Fact]
    public async Task Rows_sort_by_computed_columns_with_empty_values_last_and_filter_by_flag_and_search()
    {
        var (test, margins) = await SeedAsync();
        await using var _ = test;

        var byProfit = await margins.PageAsync(new MarginFilter(), "profit", true, 0, 50, default);
        var byBreakEven = await margins.PageAsync(new MarginFilter(), "breakEven", false, 0, 2, default);
        var under = await margins.PageAsync(new MarginFilter(Flag: MarginFlag.UnderTarget), null, false, 0, 50, default);
        var search = await margins.PageAsync(new MarginFilter("lo"), null, false, 0, 50, default);

        Assert.Equal(["GOOD", "THIN", "LOSS", "HEAVY", "NO-COSTS"], byProfit.Rows.Select(r => r.Sku));
        Assert.Equal(5, byBreakEven.Total);
        Assert.Equal(2, byBreakEven.Rows.Count);
        Assert.True(byBreakEven.Rows[0].BreakEven <= byBreakEven.Rows[1].BreakEven);
        Assert.Equal(["LOSS", "THIN"], under.Rows.Select(r => r.Sku));
        Assert.Equal(["LOSS"], search.Rows.Select(r => r.Sku));
    }

    [Fact]
    public async Task A_cost_change_or_a_price_change_shows_on_the_next_page()
    {
        var (test, margins) = await SeedAsync();
        await using var _ = test;
        var before = (await margins.PageAsync(new MarginFilter("GOOD"), null, false, 0, 1, default)).Rows[0];

        await test.SaveAsync(Stock.Part("SCREW", 4.00m, 100m, new DatedPrice(CostingTestDb.Now.Date, 8.00m)));
        var dearer = (await margins.PageAsync(new MarginFilter("GOOD"), null, false, 0, 1, default)).Rows[0];
        await using (var db = await test.Dbs.CreateDbContextAsync())
        {
            await db.Listings.Where(l => l.Sku == "GOOD").ExecuteUpdateAsync(s => s.SetProperty(l => l.PricePence, 2_499));
        }
        var repriced = (await margins.PageAsync(new MarginFilter("GOOD"), null, false, 0, 1, default)).Rows[0];

        // 10 screws at 4.00/100 = 0.40, then at 8.00/100 = 0.80 (ex VAT: standard registered).
        Assert.Equal(0.40m, dearer.LandedCost - before.LandedCost);
        Assert.Equal(before.Profit - 0.40m, dearer.Profit);
        Assert.Equal(2_499, repriced.PricePence);
        var snapshot = await test.Store.SnapshotAsync(default);
        Assert.Equal(snapshot.Calculator.Quote(snapshot.Skus["GOOD"], snapshot.Sale(CostingTestDb.Now), Money.FromPence(2_499)).Profit, repriced.Profit);
    }
}
