using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Shell;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Shell;

public sealed class BusinessSummaryTests : IClassFixture<BusinessSummaryTests.SeededShop>
{
    // Noon on Sunday 22 November 2026: GMT, so UK days and UTC days coincide.
    private static readonly DateTime Noon = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

    public sealed class SeededShop : SellerAppFactory
    {
        public SeededShop() : base(startUtc: new DateTimeOffset(Noon))
        {
            _ = CreateAnonymousClient();
            var dbs = Service<IDbContextFactory<SellerDb>>();
            // 30 listings: the buy box is ours when n % 3 == 0, a competitor's when n % 3 == 1, nobody's otherwise
            // (10 / 10 / 10); n % 10 == 0 are out of stock (3). 5 and 7 are not buyable; 7 and 8 are suppressed.
            var suppressed = new ListingIssue { Code = "18027", Message = "Main image background is not white", Severity = "ERROR", Enforcements = "LISTING_SUPPRESSED" };
            var searchSuppressed = new ListingIssue { Code = "8541", Message = "Title too long", Severity = "ERROR", Enforcements = "SEARCH_SUPPRESSED" };
            var listings = Enumerable.Range(1, 30).Select(n => CatalogSeed.Listing(n, l =>
            {
                if (n is 5 or 7) l.IsBuyable = false;
                if (n == 7) l.Issues.Add(suppressed);
                if (n == 8) l.Issues.Add(searchSuppressed);
                if (n == 9) l.Issues.Add(new ListingIssue { Code = "90220", Message = "bullet_point is too long", Severity = "WARNING" });
            }));
            CatalogSeed.AddAsync(dbs, listings).GetAwaiter().GetResult();
            CatalogSeed.AddAsync(dbs,
            [
                CatalogSeed.Order("today-1", new DateTime(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc), "Unshipped", ("SKU-00001", 2, 500)),
                CatalogSeed.Order("today-2", new DateTime(2026, 11, 22, 0, 30, 0, DateTimeKind.Utc), "Shipped", ("SKU-00002", 1, 1000)),
                CatalogSeed.Order("today-cancelled", new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc), "Canceled", ("SKU-00003", 1, 9900)),
                CatalogSeed.Order("yesterday", new DateTime(2026, 11, 21, 23, 59, 0, DateTimeKind.Utc), "Shipped", ("SKU-00004", 1, 700)),
                CatalogSeed.Order("week-before", new DateTime(2026, 11, 15, 10, 0, 0, DateTimeKind.Utc), "Shipped", ("SKU-00005", 1, 2000)),
                CatalogSeed.Order("fortnight-before", new DateTime(2026, 11, 8, 10, 0, 0, DateTimeKind.Utc), "Shipped", ("SKU-00006", 3, 100)),
                CatalogSeed.Order("first-day-bst", new DateTime(2026, 10, 23, 23, 0, 0, DateTimeKind.Utc), "Shipped", ("SKU-00006", 1, 100)),
                CatalogSeed.Order("too-old", new DateTime(2026, 10, 23, 22, 59, 0, DateTimeKind.Utc), "Shipped", ("SKU-00006", 1, 100)),
            ]).GetAwaiter().GetResult();
            MarkOrdersSynced(dbs, Noon).GetAwaiter().GetResult();
        }
    }

    private static async Task MarkOrdersSynced(IDbContextFactory<SellerDb> dbs, DateTime at)
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.SyncStates.Add(new SyncState { Name = SellerConsole.Orders.OrdersSync.Name, LastAttemptUtc = at, LastSuccessUtc = at });
        await db.SaveChangesAsync();
    }

    private readonly SeededShop _shop;

    public BusinessSummaryTests(SeededShop shop) => _shop = shop;

    [Fact]
    public async Task Sales_are_totalled_by_uk_day_without_cancelled_orders()
    {
        var s = await _shop.Service<BusinessSummaryLoader>().LoadAsync(CancellationToken.None);

        Assert.Equal(new SalesTotals(2, 3, 2000), s.Today);          // 2 x 500p + 1 x 1000p; the cancelled order is not a sale
        Assert.Equal(new SalesTotals(1, 1, 700), s.Yesterday);
        Assert.Equal(new SalesTotals(3, 4, 2700), s.Last7Days);      // 16-22 Nov
        Assert.Equal(new SalesTotals(1, 1, 2000), s.Previous7Days);  // 9-15 Nov
        Assert.Equal(35.0m, s.Last7Days.RevenueChangeFrom(s.Previous7Days)); // (2700 - 2000) / 2000
        Assert.Equal(BusinessSummaryLoader.ChartDays, s.Last30Days.Count);
        Assert.Equal(new DateOnly(2026, 10, 24), s.Last30Days[0].Day);
        // 2000 + 700 + 2000 + 300 + 100: 23:00 UTC on 23 Oct is midnight on 24 Oct in the UK (still BST), so inside.
        Assert.Equal(5100, s.Last30Days.Sum(d => d.RevenuePence));
        Assert.Equal(100, s.Last30Days[0].RevenuePence);
    }

    [Fact]
    public async Task The_catalogue_health_counts_buy_boxes_stock_and_what_cannot_sell()
    {
        var s = await _shop.Service<BusinessSummaryLoader>().LoadAsync(CancellationToken.None);

        Assert.Equal(new CatalogueHealth(Listings: 30, WithOffers: 30, BuyBoxOurs: 10, BuyBoxLost: 10, NotBuyable: 2, Suppressed: 2, CannotSell: 3, OutOfStock: 3), s.Catalogue);
        Assert.Equal(50m, s.Catalogue.BuyBoxShare);
        Assert.Equal(30, s.Margins.Listings);
    }

    [Fact]
    public void Nothing_to_compare_with_gives_no_percentage_rather_than_a_division_by_zero()
    {
        Assert.Null(new SalesTotals(1, 1, 500).RevenueChangeFrom(new SalesTotals(0, 0, 0)));
        Assert.Null(new CatalogueHealth(5, 0, 0, 0, 0, 0, 0, 0).BuyBoxShare);
        Assert.Equal(-50.0m, new SalesTotals(1, 1, 500).RevenueChangeFrom(new SalesTotals(1, 1, 1000)));
    }

    [Fact]
    public async Task The_dashboard_shows_the_figures_and_links_to_the_lists_behind_them()
    {
        using var client = await _shop.CreateSignedInClientAsync();

        var html = await client.GetStringAsync("/");

        Assert.Contains("data-testid=\"card-sales\"", html);
        Assert.Contains("data-testid=\"sales-today\">&#xA3;20.00", html); // Blazor encodes £
        Assert.Contains("50%", html);
        Assert.Contains("href=\"/catalogue?buybox=lost\"", html);
        Assert.Contains("href=\"/margins?flag=UnderTarget\"", html);
    }

    [Fact]
    public async Task Until_the_first_orders_sync_finishes_the_week_shows_no_change_and_says_its_figures_are_partial()
    {
        using var shop = new SellerAppFactory(startUtc: new DateTimeOffset(Noon));
        _ = shop.CreateAnonymousClient();
        var dbs = shop.Service<IDbContextFactory<SellerDb>>();
        await CatalogSeed.AddAsync(dbs, [CatalogSeed.Listing(1)]);
        await CatalogSeed.AddAsync(dbs,
        [
            CatalogSeed.Order("read-so-far", new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc), "Shipped", ("SKU-00001", 1, 800)),
            CatalogSeed.Order("week-before", new DateTime(2026, 11, 14, 10, 0, 0, DateTimeKind.Utc), "Shipped", ("SKU-00001", 1, 2000)),
        ]);
        using var client = await shop.CreateSignedInClientAsync();

        var partial = await shop.Service<BusinessSummaryLoader>().LoadAsync(CancellationToken.None);
        var html = await client.GetStringAsync("/");

        Assert.False(partial.OrdersLoaded);
        Assert.Null(partial.WeekChange); // -60% would be a drop that is not there
        Assert.Contains("data-testid=\"sales-partial\"", html);
        Assert.DoesNotContain("on the 7 before", html);

        await MarkOrdersSynced(dbs, Noon);
        var whole = await shop.Service<BusinessSummaryLoader>().LoadAsync(CancellationToken.None);
        Assert.True(whole.OrdersLoaded);
        Assert.Equal(-60.0m, whole.WeekChange);
        Assert.DoesNotContain("data-testid=\"sales-partial\"", await client.GetStringAsync("/"));
    }
}
