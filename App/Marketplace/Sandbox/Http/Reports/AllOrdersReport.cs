using System.Globalization;
using System.IO.Compression;
using System.Text;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// The "All Orders" flat files (by last update, or by order date), built from the same simulated orders
/// searchOrders serves, as they stand when the report is built: one tab-delimited row per order item,
/// UTF-8, gzipped. Pending orders have no prices yet, as in Amazon's file; dates are ISO 8601 with an offset.
/// </summary>
internal static class AllOrdersReport
{
    public const string ByLastUpdate = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    public const string ByOrderDate = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL";
    public const string ContentType = "text/plain; charset=UTF-8";

    public static bool Serves(string reportType) => reportType is ByLastUpdate or ByOrderDate;

    /// <summary>The by-order-date file has one more column (cpf) than the by-last-update one; both as Amazon lists them.</summary>
    public static string[] Columns(string reportType) =>
    [
        "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status", "fulfillment-channel",
        "sales-channel", "order-channel", "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity", "currency",
        "item-price", "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount",
        "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code", "ship-country", "promotion-ids",
        .. reportType == ByOrderDate ? new[] { "cpf" } : [],
        "is-business-order", "purchase-order-number", "price-designation",
    ];

    public static byte[] Build(SandboxWorld world, SandboxReport report)
    {
        var sim = world.Simulation;
        var byUpdate = report.ReportType == ByLastUpdate;
        var columns = Columns(report.ReportType);
        var text = new StringBuilder();
        text.Append(string.Join('\t', columns)).Append('\n');
        // Amazon's end time is inclusive; the simulation's windows end exclusive, at whole seconds.
        var end = report.DataEndUtc.AddSeconds(1);
        for (int? offset = 0; offset is { } o;)
        {
            var page = byUpdate ? sim.GetOrdersUpdated(report.DataStartUtc, end, o, 10_000) : sim.GetOrdersCreated(report.DataStartUtc, end, o, 10_000);
            foreach (var order in page.Items)
            {
                foreach (var item in order.Items)
                {
                    text.Append(string.Join('\t', columns.Select(c => Value(c, order, item)))).Append('\n');
                }
            }
            offset = page.NextOffset;
        }
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text.ToString()));
        }
        return output.ToArray();
    }

    private static string Value(string column, SimOrder o, SimOrderItem i)
    {
        var priced = o.Status != OrderStatus.Pending;
        string Money(decimal amount) => priced ? amount.ToString("0.00", CultureInfo.InvariantCulture) : "";
        return column switch
        {
            "amazon-order-id" => o.AmazonOrderId,
            "purchase-date" => Time(o.PurchaseDateUtc),
            "last-updated-date" => Time(o.LastUpdatedUtc),
            "order-status" => o.Status switch
            {
                OrderStatus.Pending => "Pending",
                OrderStatus.Unshipped => "Shipping",
                OrderStatus.Shipped => "Shipped",
                _ => "Cancelled",
            },
            "item-status" => o.Status switch
            {
                OrderStatus.Shipped => "Shipped",
                OrderStatus.Canceled => "Cancelled",
                _ => "Unshipped",
            },
            "fulfillment-channel" => "Merchant",
            "sales-channel" => "Amazon.co.uk",
            "ship-service-level" => "Standard",
            "product-name" => i.Title.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '),
            "sku" => i.Sku,
            "asin" => i.Asin,
            "quantity" => i.Quantity.ToString(CultureInfo.InvariantCulture),
            "currency" => priced ? "GBP" : "",
            "item-price" => Money(i.ItemPrice),
            // UK prices include 20% VAT: the tax column is the VAT inside them.
            "item-tax" => Money(decimal.Round(i.ItemPrice / 6, 2, MidpointRounding.AwayFromZero)),
            "shipping-price" => Money(i.ShippingPrice),
            "shipping-tax" => Money(decimal.Round(i.ShippingPrice / 6, 2, MidpointRounding.AwayFromZero)),
            "ship-postal-code" => o.BuyerPostcodeArea,
            "ship-country" => "GB",
            "is-business-order" => "false",
            _ => "",
        };
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
