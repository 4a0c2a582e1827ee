namespace SellerConsole.Marketplace.SpApi.Models;

/// <summary>
/// An order (Orders API v2026-01-01), with no buyer PII: only the ship-to city and the postcode's
/// outward part. Status is the fulfilment status (PENDING, UNSHIPPED, PARTIALLY_SHIPPED, SHIPPED,
/// CANCELLED, ...); FulfilmentChannel is MFN or AFN.
/// </summary>
public sealed record MarketOrder(
    string OrderId,
    DateTime PurchaseDateUtc,
    DateTime LastUpdatedUtc,
    string Status,
    string FulfilmentChannel,
    IReadOnlyList<MarketOrderItem> Items,
    decimal? OrderTotal,
    string? ShipPostcodePrefix,
    string? ShipCity);

/// <summary>ItemPrice = unit price × quantity (what the buyer was charged for the goods); Shipping from the item's SHIPPING proceeds.</summary>
public sealed record MarketOrderItem(
    string OrderItemId,
    string? Sku,
    string? Asin,
    string? Title,
    int Quantity,
    decimal? UnitPrice,
    decimal? ItemPrice,
    decimal? ShippingPrice);
