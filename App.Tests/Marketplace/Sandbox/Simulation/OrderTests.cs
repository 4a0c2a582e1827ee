using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

[Collection(StandardWorldCollection.Name)]
public sealed class OrderTests(StandardWorldFixture standard)
{
    [Fact]
    public void Orders_look_like_amazon_orders()
    {
        var world = standard.World;
        var page = world.GetOrdersCreated(world.NowUtc.AddDays(-30), world.NowUtc, 0, 500);
        Assert.True(page.Total > 100, $"{page.Total} orders in 30 days");
        var skus = world.Catalogue.ToDictionary(l => l.Sku);
        Assert.All(page.Items, o =>
        {
            Assert.Matches(@"^202-\d{7}-\d{7}$", o.AmazonOrderId);
            Assert.Matches("^[A-Z]{1,2}$", o.BuyerPostcodeArea);
            var item = Assert.Single(o.Items);
            Assert.Equal(skus[item.Sku].Asin, item.Asin);
            Assert.InRange(item.Quantity, 1, 6);
            Assert.Equal(item.UnitPrice * item.Quantity, item.ItemPrice);
            Assert.Equal(item.ItemPrice + item.ShippingPrice, o.OrderTotal);
            Assert.True(o.LastUpdatedUtc >= o.PurchaseDateUtc && o.LastUpdatedUtc <= world.NowUtc);
            Assert.Equal(o, world.GetOrder(o.AmazonOrderId)!, new OrderIdentity());
        });
        Assert.Equal(page.Items.Count, page.Items.Select(o => o.AmazonOrderId).Distinct().Count());
        Assert.Null(world.GetOrder("not-an-order"));
        var history = world.GetOrdersCreated(world.HistoryStartUtc, world.NowUtc.AddDays(-3), 0, 10_000);
        var canceled = history.Items.Count(o => o.Status == OrderStatus.Canceled);
        Assert.InRange(canceled, 0.01 * history.Items.Count, 0.05 * history.Items.Count);
        Assert.Equal(history.Items.Count - canceled, history.Items.Count(o => o.Status == OrderStatus.Shipped));
        Assert.Null(world.GetOrder("202-123-4567"));
    }

    [Fact]
    public void Order_status_only_moves_forward_and_shipping_happens_within_two_days()
    {
        var builder = new WorldBuilder().Listings(150).HistoryDays(30);
        var world = builder.Build();
        var seen = new Dictionary<string, (OrderStatus Status, DateTime Updated)>();
        for (var step = 1; step <= 4 * 24 * 3; step++)
        {
            world.AdvanceTo(builder.Now.AddMinutes(15 * step));
            foreach (var o in world.GetOrdersCreated(builder.Now.AddDays(-3), world.NowUtc, 0, 10_000).Items)
            {
                if (seen.TryGetValue(o.AmazonOrderId, out var before))
                {
                    Assert.True(o.Status >= before.Status, $"{o.AmazonOrderId} went from {before.Status} to {o.Status}");
                    Assert.True(o.LastUpdatedUtc >= before.Updated);
                }
                seen[o.AmazonOrderId] = (o.Status, o.LastUpdatedUtc);
                if (o.ShippedUtc is { } shipped) Assert.InRange(shipped - o.PurchaseDateUtc, TimeSpan.FromHours(18), TimeSpan.FromDays(2));
                if (o.Status == OrderStatus.Pending) Assert.True(world.NowUtc - o.PurchaseDateUtc < TimeSpan.FromHours(1));
            }
        }
        var final = world.GetOrdersCreated(builder.Now.AddDays(-3), builder.Now, 0, 10_000).Items;
        Assert.True(final.Count > 30, $"{final.Count} orders");
        Assert.All(final, o => Assert.True(o.Status is OrderStatus.Shipped or OrderStatus.Canceled, $"{o.AmazonOrderId} is still {o.Status}"));
    }

    [Fact]
    public void Paging_through_created_orders_returns_each_order_once_in_time_order()
    {
        var world = standard.World;
        var from = world.NowUtc.AddDays(-20);
        var all = new List<SimOrder>();
        for (int? offset = 0; offset is not null;)
        {
            var page = world.GetOrdersCreated(from, world.NowUtc, offset.Value, 97);
            all.AddRange(page.Items);
            offset = page.NextOffset;
        }
        Assert.Equal(all.Count, all.Select(o => o.AmazonOrderId).Distinct().Count());
        Assert.Equal(all.Select(o => o.PurchaseDateUtc).Order(), all.Select(o => o.PurchaseDateUtc));
        Assert.All(all, o => Assert.InRange(o.PurchaseDateUtc, from, world.NowUtc));
    }

    [Fact]
    public void Updated_between_finds_orders_by_their_last_update()
    {
        var world = standard.World;
        var from = world.NowUtc.AddDays(-2);
        var to = world.NowUtc.AddHours(-6);
        var updated = world.GetOrdersUpdated(from, to, 0, 10_000).Items;
        Assert.NotEmpty(updated);
        Assert.All(updated, o => Assert.InRange(o.LastUpdatedUtc, from, to));
        var created = world.GetOrdersCreated(from.AddDays(-3), world.NowUtc, 0, 10_000).Items;
        var expected = created.Where(o => o.LastUpdatedUtc >= from && o.LastUpdatedUtc < to).Select(o => o.AmazonOrderId).Order();
        Assert.Equal(expected, updated.Select(o => o.AmazonOrderId).Order());
    }

    private sealed class OrderIdentity : IEqualityComparer<SimOrder>
    {
        public bool Equals(SimOrder? x, SimOrder? y) =>
            x is not null && y is not null && x.AmazonOrderId == y.AmazonOrderId && x.Status == y.Status
            && x.PurchaseDateUtc == y.PurchaseDateUtc && x.Items.SequenceEqual(y.Items);

        public int GetHashCode(SimOrder obj) => obj.AmazonOrderId.GetHashCode();
    }
}
