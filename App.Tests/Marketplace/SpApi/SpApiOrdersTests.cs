using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiOrdersTests
{
    private const string SearchPath = "/orders/2026-01-01/orders";
    private static readonly DateTime Since = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static async Task<List<MarketOrder>> All(IAsyncEnumerable<MarketOrder> orders)
    {
        var list = new List<MarketOrder>();
        await foreach (var order in orders)
        {
            list.Add(order);
        }
        return list;
    }

    [Fact]
    public async Task An_order_maps_dates_status_channel_items_totals_and_only_coarse_address()
    {
        using var h = new SpApiHarness();
        var order = new OrderJsonBuilder("202-1234567-7654321").Item("FF-SD32", "B0CX23V2ZK", 2, 12.49m, 2.99m).Item("FF-BITS", "B0BITS0001", 1, 5.00m, null);
        h.Handler.Once(HttpMethod.Get, SearchPath, _ => StubSpApiHandler.Json(200, OrderJsonBuilder.Page([order], null)));

        var result = Assert.Single(await All(h.Client.SearchOrdersAsync(Since)));

        Assert.Equal(("202-1234567-7654321", "UNSHIPPED", "MFN"), (result.OrderId, result.Status, result.FulfilmentChannel));
        Assert.Equal(new DateTime(2026, 3, 1, 14, 5, 0, DateTimeKind.Utc), result.PurchaseDateUtc);
        Assert.Equal(new DateTime(2026, 3, 1, 16, 5, 0, DateTimeKind.Utc), result.LastUpdatedUtc);
        Assert.Equal(DateTimeKind.Utc, result.PurchaseDateUtc.Kind);
        Assert.Equal(32.97m, result.OrderTotal);
        Assert.Equal(("SW1A", "London"), (result.ShipPostcodePrefix, result.ShipCity));
        Assert.Equal(new MarketOrderItem("20200000000001", "FF-SD32", "B0CX23V2ZK", "Title of FF-SD32", 2, 12.49m, 24.98m, 2.99m), result.Items[0]);
        Assert.Equal(new MarketOrderItem("20200000000002", "FF-BITS", "B0BITS0001", "Title of FF-BITS", 1, 5.00m, 5.00m, null), result.Items[1]);
        var text = string.Join(" ", typeof(MarketOrder).GetProperties().Select(p => p.GetValue(result)));
        Assert.DoesNotContain("Jane", text);
        Assert.DoesNotContain("Downing", text);
        var query = Assert.Single(h.Handler.To(SearchPath)).Query;
        Assert.Equal("2026-03-01T00:00:00Z", query["lastUpdatedAfter"]);
        Assert.Equal((SpApiHarness.Uk, "100", "RECIPIENT,PROCEEDS,FULFILLMENT"), (query["marketplaceIds"], query["maxResultsPerPage"], query["includedData"]));
        Assert.False(query.ContainsKey("paginationToken"));
    }

    [Fact]
    public async Task Search_follows_next_tokens_until_the_last_page()
    {
        using var h = new SpApiHarness();
        var pages = new[] { ("p1", "tok/2+=", 100), ("p2", "tok-3", 100), ("p3", (string?)null, 7) };
        for (var p = 0; p < pages.Length; p++)
        {
            var (prefix, next, count) = pages[p];
            var orders = Enumerable.Range(0, count).Select(i => new OrderJsonBuilder($"{p}02-{i:D7}-0000001").Item("SKU", "B0ASIN0001", 1, 1m, null)).ToList();
            h.Handler.Once(HttpMethod.Get, SearchPath, _ => StubSpApiHandler.Json(200, OrderJsonBuilder.Page(orders, next)));
        }

        var results = await h.Drive(All(h.Client.SearchOrdersAsync(Since, Since.AddDays(1), ["UNSHIPPED", "SHIPPED"])), TimeSpan.FromSeconds(1));

        Assert.Equal(207, results.Count);
        Assert.Equal(207, results.Select(o => o.OrderId).Distinct().Count());
        var requests = h.Handler.To(SearchPath);
        Assert.Equal(3, requests.Count);
        Assert.Equal([null, "tok/2+=", "tok-3"], requests.Select(r => r.Query.GetValueOrDefault("paginationToken")));
        Assert.All(requests, r => Assert.Equal(("2026-03-02T00:00:00Z", "UNSHIPPED,SHIPPED"), (r.Query["lastUpdatedBefore"], r.Query["fulfillmentStatuses"])));
    }

    [Theory]
    [InlineData("M1 1AE", "M1")]
    [InlineData("ec1a1bb", "EC1A")]
    [InlineData(" B33 8TH ", "B33")]
    [InlineData("W1A", "W1A")]
    [InlineData("", null)]
    public void Only_the_outward_part_of_a_postcode_is_kept(string postcode, string? outward) =>
        Assert.Equal(outward, OrderMapper.OutwardCode(postcode));

    [Fact]
    public async Task Get_order_maps_an_amazon_fulfilled_order_and_an_unknown_id_is_null()
    {
        using var h = new SpApiHarness();
        var order = new OrderJsonBuilder("026-0000001-0000001").Status("SHIPPED", "AMAZON").Postcode(null).Item("FF-SD32", "B0CX23V2ZK", 1, 12.49m, 0m);
        h.Handler.Once(HttpMethod.Get, "/orders/2026-01-01/orders/026-0000001-0000001",
                _ => StubSpApiHandler.Json(200, new System.Text.Json.Nodes.JsonObject { ["order"] = order.Build() }.ToJsonString()))
            .Once(HttpMethod.Get, "/orders/2026-01-01/orders/404-0000000-0000000", _ => StubSpApiHandler.Error(404, "NotFound", "Order not found"));

        var found = await h.Client.GetOrderAsync("026-0000001-0000001");
        var missing = await h.Client.GetOrderAsync("404-0000000-0000000");

        Assert.Equal(("SHIPPED", "AFN", null), (found!.Status, found.FulfilmentChannel, found.ShipPostcodePrefix));
        Assert.Equal(0m, Assert.Single(found.Items).ShippingPrice);
        Assert.Null(missing);
        Assert.Equal("RECIPIENT,PROCEEDS,FULFILLMENT", h.Handler.To("/orders/2026-01-01/orders/026-0000001-0000001")[0].Query["includedData"]);
    }

    [Fact]
    public async Task A_repeated_pagination_token_stops_the_search_instead_of_looping()
    {
        using var h = new SpApiHarness();
        h.Handler.Always(HttpMethod.Get, SearchPath, _ => StubSpApiHandler.Json(200, OrderJsonBuilder.Page([], "same")));

        await Assert.ThrowsAsync<SpApiException>(() => h.Drive(All(h.Client.SearchOrdersAsync(Since)), TimeSpan.FromSeconds(1)));

        Assert.Equal(2, h.Handler.Count(SearchPath));
    }
}
