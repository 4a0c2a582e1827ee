using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Orders v2026-01-01 orders to <see cref="MarketOrder"/>. Assumed (the model is new and its
/// examples are US): unitPrice is the price the buyer saw (VAT-inclusive in the UK); an item's
/// shipping charge is its SHIPPING proceeds breakdown; the order total is proceeds.grandTotal.
/// </summary>
internal static class OrderMapper
{
    public static MarketOrder Map(OrderWire order)
    {
        var address = order.Recipient?.DeliveryAddress;
        return new MarketOrder(
            order.OrderId ?? "",
            order.CreatedTime?.UtcDateTime ?? DateTime.MinValue,
            order.LastUpdatedTime?.UtcDateTime ?? order.CreatedTime?.UtcDateTime ?? DateTime.MinValue,
            order.Fulfillment?.FulfillmentStatus ?? "UNKNOWN",
            order.Fulfillment?.FulfilledBy switch
            {
                "AMAZON" => "AFN",
                "MERCHANT" => "MFN",
                _ => "UNKNOWN",
            },
            [.. (order.OrderItems ?? []).Select(Item)],
            order.Proceeds?.GrandTotal?.Amount,
            OutwardCode(address?.PostalCode),
            string.IsNullOrWhiteSpace(address?.City) ? null : address.City.Trim());
    }

    /// <summary>The postcode's outward part ("SW1A 1AA" -> "SW1A"): enough for regional stats, not a street.</summary>
    public static string? OutwardCode(string? postcode)
    {
        var compact = postcode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(compact))
        {
            return null;
        }
        var space = compact.IndexOf(' ');
        if (space > 0)
        {
            return compact[..space];
        }
        // A UK inward code is always three characters.
        return compact.Length >= 5 ? compact[..^3] : compact;
    }

    private static MarketOrderItem Item(OrderItemWire item)
    {
        var quantity = item.QuantityOrdered ?? 0;
        var unit = item.Product?.Price?.UnitPrice?.Amount;
        return new MarketOrderItem(
            item.OrderItemId ?? "",
            item.Product?.SellerSku,
            item.Product?.Asin,
            item.Product?.Title,
            quantity,
            unit,
            unit * quantity,
            item.Proceeds?.Breakdowns?.FirstOrDefault(b => b.Type == "SHIPPING")?.Subtotal?.Amount);
    }
}
