using System.Text.Json.Nodes;
using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Http.SandboxMarketplace;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Orders 2026-01-01 <c>Order</c>. The base order (ids, times, sales channel, items with product and
/// unit price) is always there; BUYER, RECIPIENT, PROCEEDS, FULFILLMENT, PACKAGES and CANCELLATION add
/// their datasets. Pending orders carry no prices yet (as in Orders v0). The buyer is anonymous and
/// the address is the postcode area only: the simulation knows no more.
/// </summary>
internal static class OrdersJson
{
    public static readonly string[] IncludedData =
        ["BUYER", "RECIPIENT", "PROCEEDS", "EXPENSE", "PROMOTION", "CANCELLATION", "FULFILLMENT", "PACKAGES", "TAX", "PAYMENT", "FULFILLMENT_ORDERS"];

    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.Pending => "PENDING",
        OrderStatus.Unshipped => "UNSHIPPED",
        OrderStatus.Shipped => "SHIPPED",
        _ => "CANCELLED",
    };

    public static JsonObject Order(SimOrder o, IReadOnlySet<string> included)
    {
        var priced = o.Status != OrderStatus.Pending;
        var order = new JsonObject
        {
            ["orderId"] = o.AmazonOrderId,
            ["createdTime"] = Time(o.PurchaseDateUtc),
            ["lastUpdatedTime"] = Time(o.LastUpdatedUtc),
            ["programs"] = new JsonArray(),
            ["salesChannel"] = new JsonObject { ["channelName"] = "AMAZON", ["marketplaceId"] = Id, ["marketplaceName"] = Name },
        };
        if (included.Contains("BUYER"))
        {
            order["buyer"] = new JsonObject { ["buyerEmail"] = $"{SimHash.Mix(StableHash(o.AmazonOrderId)) % 1_000_000_000_000UL:x12}@marketplace.amazon.co.uk" };
        }
        if (included.Contains("RECIPIENT"))
        {
            order["recipient"] = new JsonObject
            {
                ["deliveryAddress"] = new JsonObject { ["postalCode"] = o.BuyerPostcodeArea, ["countryCode"] = "GB", ["addressType"] = "RESIDENTIAL" },
            };
        }
        if (included.Contains("PROCEEDS") && priced)
        {
            order["proceeds"] = new JsonObject
            {
                ["grandTotal"] = MoneyString(o.OrderTotal),
                ["breakdowns"] = Breakdowns(o.Items.Sum(i => i.ItemPrice), o.Items.Sum(i => i.ShippingPrice)),
            };
        }
        if (included.Contains("FULFILLMENT"))
        {
            order["fulfillment"] = new JsonObject
            {
                ["fulfillmentStatus"] = Status(o.Status),
                ["fulfilledBy"] = "MERCHANT",
                ["fulfillmentServiceLevel"] = "STANDARD",
                ["shipByWindow"] = new JsonObject { ["earliestDateTime"] = Time(o.PurchaseDateUtc), ["latestDateTime"] = Time(o.LatestShipDateUtc) },
            };
        }
        order["orderItems"] = new JsonArray([.. o.Items.Select(i => (JsonNode)Item(o, i, included, priced))]);
        if (included.Contains("PACKAGES") && o.ShippedUtc is { } shipped)
        {
            order["packages"] = new JsonArray(new JsonObject
            {
                ["packageReferenceId"] = "1",
                ["createdTime"] = Time(shipped),
                ["packageStatus"] = new JsonObject { ["status"] = "SHIPPED" },
                ["carrier"] = "Royal Mail",
                ["shipTime"] = Time(shipped),
                ["shippingService"] = "Royal Mail Tracked 48",
                ["trackingNumber"] = $"RR{StableHash(o.AmazonOrderId) % 1_000_000_000UL:D9}GB",
                ["packageItems"] = new JsonArray([.. o.Items.Select(i => (JsonNode)new JsonObject { ["orderItemId"] = i.OrderItemId, ["quantity"] = i.Quantity })]),
            });
        }
        return order;
    }

    private static JsonObject Item(SimOrder o, SimOrderItem i, IReadOnlySet<string> included, bool priced)
    {
        var product = new JsonObject
        {
            ["asin"] = i.Asin,
            ["title"] = i.Title,
            ["sellerSku"] = i.Sku,
            ["condition"] = new JsonObject { ["conditionType"] = "NEW", ["conditionSubtype"] = "NEW" },
        };
        if (priced) product["price"] = new JsonObject { ["unitPrice"] = MoneyString(i.UnitPrice) };
        var item = new JsonObject { ["orderItemId"] = i.OrderItemId, ["quantityOrdered"] = i.Quantity, ["product"] = product };
        if (included.Contains("PROCEEDS") && priced)
        {
            item["proceeds"] = new JsonObject { ["proceedsTotal"] = MoneyString(i.ItemPrice + i.ShippingPrice), ["breakdowns"] = Breakdowns(i.ItemPrice, i.ShippingPrice) };
        }
        if (included.Contains("FULFILLMENT"))
        {
            var shipped = o.Status == OrderStatus.Shipped ? i.Quantity : 0;
            item["fulfillment"] = new JsonObject { ["quantityFulfilled"] = shipped, ["quantityUnfulfilled"] = i.Quantity - shipped };
        }
        if (included.Contains("CANCELLATION") && o.Status == OrderStatus.Canceled)
        {
            item["cancellation"] = new JsonObject { ["cancellationExecution"] = new JsonObject { ["cancelledBy"] = "BUYER" } };
        }
        return item;
    }

    private static JsonArray Breakdowns(decimal items, decimal shipping) =>
    [
        new JsonObject { ["type"] = "ITEM", ["subtotal"] = MoneyString(items) },
        new JsonObject { ["type"] = "SHIPPING", ["subtotal"] = MoneyString(shipping) },
    ];
}
