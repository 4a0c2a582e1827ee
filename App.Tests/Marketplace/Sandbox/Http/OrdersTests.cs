using System.Globalization;
using System.Net;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class OrdersTests(SharedSandboxApp shared) : IClassFixture<SharedSandboxApp>
{
    private readonly SandboxApp _app = shared.App;

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task SearchOrders_pages_through_the_orders_created_in_a_window()
    {
        _app.Advance(TimeSpan.FromHours(1)); // searchOrders refills one call every three minutes
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var after = now.AddDays(-10);
        var before = now.AddMinutes(-2);
        var expected = sim.GetOrdersCreated(after, before.AddSeconds(1), 0, 10_000).Items;
        Assert.True(expected.Count > 30, $"only {expected.Count} orders in 10 days");

        var seen = new List<string>();
        string? token = null;
        do
        {
            var query = $"/orders/2026-01-01/orders?createdAfter={Iso(after)}&marketplaceIds={SandboxClient.Uk}&maxResultsPerPage=25&includedData=FULFILLMENT,PROCEEDS"
                + (token is null ? "" : $"&paginationToken={Uri.EscapeDataString(token)}");
            var page = await client.GetAsync(query);
            Assert.Equal(Iso(before), page.GetProperty("createdBefore").GetString());
            var orders = page.GetProperty("orders").EnumerateArray().ToList();
            Assert.InRange(orders.Count, 1, 25);
            seen.AddRange(orders.Select(o => o.GetProperty("orderId").GetString()!));
            token = page.TryGetProperty("pagination", out var p) ? p.GetProperty("nextToken").GetString() : null;
        }
        while (token is not null);

        Assert.Equal(expected.Select(o => o.AmazonOrderId), seen);
    }

    [Fact]
    public async Task Orders_carry_items_and_the_datasets_asked_for()
    {
        _app.Advance(TimeSpan.FromHours(1));
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var shipped = sim.GetOrdersCreated(now.AddDays(-20), now.AddDays(-5), 0, 10_000).Items.First(o => o.Status == OrderStatus.Shipped);

        var order = (await client.GetAsync($"/orders/2026-01-01/orders/{shipped.AmazonOrderId}?includedData=FULFILLMENT,PROCEEDS,PACKAGES,RECIPIENT")).GetProperty("order");

        Assert.Equal(shipped.AmazonOrderId, order.GetProperty("orderId").GetString());
        Assert.Equal(Iso(shipped.PurchaseDateUtc), order.GetProperty("createdTime").GetString());
        Assert.Equal(SandboxClient.Uk, order.GetProperty("salesChannel").GetProperty("marketplaceId").GetString());
        Assert.Equal("SHIPPED", order.GetProperty("fulfillment").GetProperty("fulfillmentStatus").GetString());
        Assert.Equal("MERCHANT", order.GetProperty("fulfillment").GetProperty("fulfilledBy").GetString());
        Assert.Equal(shipped.OrderTotal.ToString("0.00", CultureInfo.InvariantCulture), order.GetProperty("proceeds").GetProperty("grandTotal").GetProperty("amount").GetString());
        Assert.Equal("GBP", order.GetProperty("proceeds").GetProperty("grandTotal").GetProperty("currencyCode").GetString());
        Assert.Equal(shipped.BuyerPostcodeArea, order.GetProperty("recipient").GetProperty("deliveryAddress").GetProperty("postalCode").GetString());
        Assert.Equal("SHIPPED", order.GetProperty("packages")[0].GetProperty("packageStatus").GetProperty("status").GetString());
        var item = Assert.Single(order.GetProperty("orderItems").EnumerateArray());
        var expected = shipped.Items[0];
        Assert.Equal(expected.Quantity, item.GetProperty("quantityOrdered").GetInt32());
        Assert.Equal(expected.Sku, item.GetProperty("product").GetProperty("sellerSku").GetString());
        Assert.Equal(expected.Asin, item.GetProperty("product").GetProperty("asin").GetString());
        Assert.Equal(expected.UnitPrice.ToString("0.00", CultureInfo.InvariantCulture), item.GetProperty("product").GetProperty("price").GetProperty("unitPrice").GetProperty("amount").GetString());

        var bare = (await client.GetAsync($"/orders/2026-01-01/orders/{shipped.AmazonOrderId}")).GetProperty("order");
        Assert.False(bare.TryGetProperty("fulfillment", out _));
        Assert.False(bare.TryGetProperty("proceeds", out _));
        await client.GetAsync("/orders/2026-01-01/orders/999-0000000-0000000", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Searches_by_last_update_filter_on_status_and_reject_bad_windows()
    {
        _app.Advance(TimeSpan.FromHours(1));
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var now = _app.Clock.GetUtcNow().UtcDateTime;

        var page = await client.GetAsync($"/orders/2026-01-01/orders?lastUpdatedAfter={Iso(now.AddDays(-3))}&fulfillmentStatuses=SHIPPED&includedData=FULFILLMENT");
        var expected = sim.GetOrdersUpdated(now.AddDays(-3), now.AddMinutes(-2).AddSeconds(1), 0, 10_000).Items.Where(o => o.Status == OrderStatus.Shipped).Take(100);
        Assert.Equal(expected.Select(o => o.AmazonOrderId), page.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("orderId").GetString()));
        Assert.All(page.GetProperty("orders").EnumerateArray(), o => Assert.Equal("SHIPPED", o.GetProperty("fulfillment").GetProperty("fulfillmentStatus").GetString()));
        Assert.True(page.TryGetProperty("lastUpdatedBefore", out _));

        foreach (var bad in new[]
        {
            "",
            $"createdAfter={Iso(now.AddDays(-1))}&lastUpdatedAfter={Iso(now.AddDays(-1))}",
            $"createdAfter={Iso(now.AddDays(-1))}&createdBefore={Iso(now.AddMinutes(-1))}",
            $"createdAfter={Iso(now.AddDays(-1))}&maxResultsPerPage=101",
            $"createdAfter={Iso(now.AddDays(-1))}&paginationToken=forged",
        })
        {
            var error = await client.GetAsync($"/orders/2026-01-01/orders?{bad}", HttpStatusCode.BadRequest);
            Assert.Equal("InvalidInput", error.GetProperty("errors")[0].GetProperty("code").GetString());
        }
    }
}
