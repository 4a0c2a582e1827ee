using System.Globalization;
using SellerConsole.Costing.Import;
using SellerConsole.Shared;

namespace SellerConsole.Orders;

/// <summary>
/// The Orders page's CSV: one row per order line, UK dates, pounds as plain numbers. Written by the costing
/// exports' CSV writer, so it has their UTF-8 byte-order mark (Excel reads "£" and "é" right) and their
/// formula-injection escape (a text cell starting with = + - @ gets a leading apostrophe).
/// </summary>
public static class OrdersExport
{
    /// <summary>More than a year of a busy shop; past it the owner narrows the dates.</summary>
    public const int MaxOrders = 100_000;

    public static readonly IReadOnlyList<string> Header =
        ["Order ID", "Placed (UK)", "Status", "Channel", "SKU", "ASIN", "Title", "Quantity", "Item price (£)", "Shipping (£)", "Order total (£)", "Ship to"];

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static byte[] Csv(IEnumerable<Order> orders) =>
        TableFiles.Write(TableFormat.Csv, "Orders", Header, orders.SelectMany(Rows));

    public static string FileName(DateTime nowUtc) => $"orders-{UkTime.FromUtc(nowUtc):yyyy-MM-dd}.csv";

    private static IEnumerable<string[]> Rows(Order order)
    {
        var placed = UkTime.FromUtc(order.PurchasedUtc).ToString("dd/MM/yyyy HH:mm", Uk);
        var total = Pounds(order.TotalPence);
        if (order.Lines.Count == 0)
        {
            yield return [order.AmazonOrderId, placed, order.Status, order.FulfillmentChannel ?? "", "", "", "", "", "", "", total, order.ShipPostcodeArea ?? ""];
            yield break;
        }
        foreach (var line in order.Lines.OrderBy(l => l.Id))
        {
            yield return
            [
                order.AmazonOrderId, placed, order.Status, order.FulfillmentChannel ?? "", line.Sku, line.Asin ?? "", line.Title ?? "",
                line.Quantity.ToString(Uk), Pounds(line.ItemPricePence), Pounds(line.ShippingPricePence), total, order.ShipPostcodeArea ?? "",
            ];
        }
    }

    private static string Pounds(long pence) => Money.FromPence(pence).ToString("0.00", CultureInfo.InvariantCulture);
}
