using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Orders;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Orders;

public sealed class OrderQueriesTests
{
    [Fact]
    public async Task Daily_sales_use_uk_days_zero_fill_gaps_and_skip_cancelled_orders()
    {
        using var app = new SellerAppFactory();
        _ = app.CreateAnonymousClient();
        await CatalogSeed.AddAsync(app.Service<IDbContextFactory<SellerDb>>(),
        [
            // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST).
            CatalogSeed.Order("202-0000001-0000001", new DateTime(2026, 7, 1, 23, 30, 0, DateTimeKind.Utc), "Shipped", ("A", 2, 500)),
            CatalogSeed.Order("202-0000001-0000002", new DateTime(2026, 7, 2, 10, 0, 0, DateTimeKind.Utc), "Unshipped", ("B", 1, 1250)),
            CatalogSeed.Order("202-0000001-0000003", new DateTime(2026, 7, 2, 11, 0, 0, DateTimeKind.Utc), "Canceled", ("C", 1, 9999)),
            CatalogSeed.Order("202-0000001-0000004", new DateTime(2026, 7, 4, 9, 0, 0, DateTimeKind.Utc), "Shipped", ("A", 1, 500)),
        ]);

        var days = await app.Service<OrderQueries>().DailyAsync(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 4), CancellationToken.None);

        Assert.Equal(
            [
                new DailySales(new DateOnly(2026, 7, 1), 0, 0, 0),
                new DailySales(new DateOnly(2026, 7, 2), 2, 3, 2250),
                new DailySales(new DateOnly(2026, 7, 3), 0, 0, 0),
                new DailySales(new DateOnly(2026, 7, 4), 1, 1, 500),
            ],
            days);
    }
}
