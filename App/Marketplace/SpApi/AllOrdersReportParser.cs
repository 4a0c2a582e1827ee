using System.Globalization;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// The tab-delimited "All Orders" reports (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL and
/// ..._BY_ORDER_DATE_GENERAL): one row per order item, read by header name, streamed a line at a time.
/// Rows of one order come together (Amazon sorts by date and an order's items share it), so an order
/// is yielded when the next order id starts; an id that comes back later fails the file rather than
/// saving half an order over the whole one. A bad value fails the file with its line number.
/// Pending orders have no prices yet (item-price empty). Status words are mapped to the Orders
/// v2026-01-01 fulfillment statuses searchOrders gives, so both roads store the same thing.
/// </summary>
internal static class AllOrdersReportParser
{
    private static readonly string[] Required = ["amazon-order-id", "purchase-date", "order-status", "quantity"];

    /// <exception cref="FormatException">Names the line and column of the first bad value, or the missing column.</exception>
    public static IEnumerable<MarketOrder> Parse(TextReader reader)
    {
        var first = reader.ReadLine() ?? throw new FormatException("line 1: the report is empty (no header)");
        var header = Header(first);
        var missing = Required.Where(c => !header.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"line 1: no {string.Join(", ", missing)} column (columns: {string.Join(", ", header.Keys)})");
        }
        var done = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<ReportFields>();
        var number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var row = new ReportFields(header, line.TrimEnd('\r').Split('\t'), number, unquote: true);
            var id = row["amazon-order-id"] ?? throw row.Bad("amazon-order-id", "", "is empty");
            if (rows.Count > 0 && rows[0]["amazon-order-id"] != id)
            {
                yield return Order(rows);
                done.Add(rows[0]["amazon-order-id"]!);
                rows.Clear();
            }
            if (done.Contains(id))
            {
                throw row.Bad("amazon-order-id", id, "comes back after other orders (an order's rows must be together)");
            }
            rows.Add(row);
        }
        if (rows.Count > 0)
        {
            yield return Order(rows);
        }
    }

    private static Dictionary<string, int> Header(string line) =>
        line.TrimStart('\uFEFF').TrimEnd('\r').Split('\t')
            .Select((name, index) => (Name: ReportFields.Unquote(name.Trim()).ToLowerInvariant(), index))
            .GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().index);

    private static MarketOrder Order(List<ReportFields> rows)
    {
        var head = rows[0];
        var purchased = head.Date("purchase-date") ?? throw head.Bad("purchase-date", "", "is empty");
        var updated = rows.Max(r => r.Date("last-updated-date")) ?? purchased;
        var items = rows.Select(Item).ToList();
        var itemStatuses = rows.Select(r => r["item-status"]).ToList();
        return new MarketOrder(
            head["amazon-order-id"]!,
            purchased,
            updated,
            Status(head["order-status"] ?? throw head.Bad("order-status", "", "is empty"), itemStatuses),
            head["fulfillment-channel"]?.ToUpperInvariant() switch
            {
                "AMAZON" or "AFN" => "AFN",
                "MERCHANT" or "MFN" => "MFN",
                _ => "UNKNOWN",
            },
            items,
            null,
            OrderMapper.OutwardCode(head["ship-postal-code"]),
            head["ship-city"]);
    }

    private static MarketOrderItem Item(ReportFields row, int index)
    {
        var quantity = row.Int("quantity") ?? throw row.Bad("quantity", "", "is empty");
        var price = row.Decimal("item-price");
        return new MarketOrderItem(
            row["order-item-id"] ?? $"{row["amazon-order-id"]}-{index + 1}",
            row["sku"],
            row["asin"],
            row["product-name"],
            quantity,
            price is { } p && quantity > 0 ? decimal.Round(p / quantity, 2, MidpointRounding.AwayFromZero) : null,
            price,
            row.Decimal("shipping-price"));
    }

    /// <summary>
    /// The report writes Pending, Shipping (awaiting dispatch; some items may have gone), Shipped and
    /// Cancelled; item-status tells Unshipped from partly shipped. Other words pass through in the API's form.
    /// </summary>
    public static string Status(string orderStatus, IReadOnlyList<string?> itemStatuses)
    {
        var compact = orderStatus.Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
        return compact switch
        {
            "PENDING" => "PENDING",
            "PENDINGAVAILABILITY" => "PENDING_AVAILABILITY",
            "UNSHIPPED" => "UNSHIPPED",
            "SHIPPING" or "PARTIALLYSHIPPED" => itemStatuses.Any(s => string.Equals(s, "Shipped", StringComparison.OrdinalIgnoreCase))
                && itemStatuses.Any(s => !string.Equals(s, "Shipped", StringComparison.OrdinalIgnoreCase) && !string.Equals(s, "Cancelled", StringComparison.OrdinalIgnoreCase))
                ? "PARTIALLY_SHIPPED"
                : compact == "PARTIALLYSHIPPED" ? "PARTIALLY_SHIPPED" : "UNSHIPPED",
            "SHIPPED" or "COMPLETE" or "COMPLETED" => "SHIPPED",
            "CANCELLED" or "CANCELED" => "CANCELLED",
            "UNFULFILLABLE" => "UNFULFILLABLE",
            _ => orderStatus.Trim().ToUpperInvariant().Replace(' ', '_'),
        };
    }
}
