using SellerConsole.Costing;
using SellerConsole.Costing.Margins;
using SellerConsole.Tests.Costing.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Costing.Margins;

public sealed class NotCostedTests
{
    [Fact]
    public async Task A_sku_saved_with_nothing_in_its_box_is_not_costed_and_shows_no_margin()
    {
        await using var test = await CostingTestDb.CreateAsync();
        await test.SaveAsync(Stock.Part("SCREW", 4.00m), Stock.Sku("REAL", Stock.Of("SCREW", 10m)), Stock.Sku("EMPTY"));
        await CatalogSeed.AddAsync(test.Dbs,
        [
            CatalogSeed.Listing(1, l => (l.Sku, l.PricePence) = ("REAL", 1_999)),
            CatalogSeed.Listing(2, l => (l.Sku, l.PricePence) = ("EMPTY", 1_999)),
            CatalogSeed.Listing(3, l => (l.Sku, l.PricePence) = ("NEVER", 1_999)),
        ]);
        var margins = new MarginsQuery(test.Dbs, test.Store, test.Clock, test.Feed);

        var page = await margins.PageAsync(new MarginFilter(), "sku", false, 0, 50, default);
        var notCosted = await margins.PageAsync(new MarginFilter(Flag: MarginFlag.MissingCosts), "sku", false, 0, 50, default);

        var rows = page.Rows.ToDictionary(r => r.Sku);
        Assert.True(rows["REAL"].HasCosts);
        Assert.NotNull(rows["REAL"].Margin);
        foreach (var sku in new[] { "EMPTY", "NEVER" })
        {
            Assert.False(rows[sku].HasCosts);
            Assert.Null(rows[sku].Margin);
            Assert.Null(rows[sku].Profit);
            Assert.Null(rows[sku].LandedCost);
        }
        Assert.Equal(["EMPTY", "NEVER"], notCosted.Rows.Select(r => r.Sku));
        Assert.Equal((1, 2), (page.Summary.WithCosts, page.Summary.MissingCosts));
    }
}
