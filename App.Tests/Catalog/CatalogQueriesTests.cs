using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Catalog;

public sealed class CatalogQueriesTests : IClassFixture<CatalogQueriesTests.SeededApp>
{
    public sealed class SeededApp : SellerAppFactory
    {
        public SeededApp()
        {
            _ = CreateAnonymousClient();
            var listings = Enumerable.Range(1, 300).Select(n => CatalogSeed.Listing(n)).ToList();
            listings[41].Issues.Add(new ListingIssue { Code = "18027", Message = "Main image background is not white", Severity = "ERROR", Enforcements = "SEARCH_SUPPRESSED" });
            listings[42].Issues.Add(new ListingIssue { Code = "90220", Message = "bullet_point is too long", Severity = "WARNING" });
            CatalogSeed.AddAsync(Service<IDbContextFactory<SellerDb>>(), listings).GetAwaiter().GetResult();
        }
    }

    private readonly CatalogQueries _queries;

    public CatalogQueriesTests(SeededApp app) => _queries = app.Service<CatalogQueries>();

    [Fact]
    public async Task Pages_are_counted_and_sliced_in_sku_order_by_default()
    {
        var page = await _queries.PageAsync(new CatalogFilter(), null, false, 50, 25, CancellationToken.None);

        Assert.Equal(300, page.Total);
        Assert.Equal(25, page.Rows.Count);
        Assert.Equal("SKU-00051", page.Rows[0].Sku);
    }

    [Fact]
    public async Task Sorting_by_price_descending_puts_the_dearest_first()
    {
        var page = await _queries.PageAsync(new CatalogFilter(), "price", true, 0, 300, CancellationToken.None);

        var prices = page.Rows.Select(r => r.PricePence!.Value).ToList();
        Assert.Equal(prices.OrderDescending(), prices);
    }

    [Theory]
    [InlineData("SKU-0012", 10)]   // SKU prefix: SKU-00120 to SKU-00129
    [InlineData("B000000123", 1)]  // exact ASIN
    [InlineData("Box of 400", 75)] // title words
    [InlineData("box OF 400", 75)] // in any case, as people type them
    [InlineData("sku-0012", 10)]
    [InlineData("100%", 0)]        // % is a character, not a wildcard
    public async Task Search_matches_sku_prefixes_asins_and_title_words(string search, int expected)
    {
        var page = await _queries.PageAsync(new CatalogFilter(Search: search), null, false, 0, 500, CancellationToken.None);

        Assert.Equal(expected, page.Total);
    }

    [Fact]
    public async Task Buy_box_stock_and_issue_filters_combine()
    {
        var lostInStock = await _queries.PageAsync(new CatalogFilter(BuyBox: BuyBoxState.Lost, InStock: true), null, false, 0, 500, CancellationToken.None);
        Assert.All(lostInStock.Rows, r => Assert.True(r.BuyBox == BuyBoxState.Lost && r.Quantity > 0));
        Assert.NotEmpty(lostInStock.Rows);

        var withIssues = await _queries.PageAsync(new CatalogFilter(WithIssues: true), null, false, 0, 500, CancellationToken.None);
        Assert.Equal(["SKU-00042", "SKU-00043"], withIssues.Rows.Select(r => r.Sku));
        Assert.True(withIssues.Rows[0].Suppressed);
        Assert.False(withIssues.Rows[1].Suppressed);

        var unsynced = await _queries.PageAsync(new CatalogFilter(BuyBox: BuyBoxState.Unknown), null, false, 0, 500, CancellationToken.None);
        Assert.Equal(23, unsynced.Total); // every 13th listing has never had its offers synced
    }
}
