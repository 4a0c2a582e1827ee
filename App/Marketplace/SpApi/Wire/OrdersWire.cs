namespace SellerConsole.Marketplace.SpApi.Wire;

// Orders API v2026-01-01 (models/orders-api-model/orders_2026-01-01.json): searchOrders answers
// {orders[], pagination{nextToken}}; getOrder answers {order}. Only the fields we keep are declared:
// buyer identity and street address lines are never read.

internal sealed record SearchOrdersWire(List<OrderWire>? Orders, PaginationWire? Pagination);

internal sealed record PaginationWire(string? NextToken);

internal sealed record GetOrderWire(OrderWire? Order);

internal sealed record OrderWire(
    string? OrderId,
    DateTimeOffset? CreatedTime,
    DateTimeOffset? LastUpdatedTime,
    SalesChannelWire? SalesChannel,
    RecipientWire? Recipient,
    OrderProceedsWire? Proceeds,
    OrderFulfillmentWire? Fulfillment,
    List<OrderItemWire>? OrderItems);

internal sealed record SalesChannelWire(string? ChannelName, string? MarketplaceId);

internal sealed record RecipientWire(DeliveryAddressWire? DeliveryAddress);

internal sealed record DeliveryAddressWire(string? City, string? PostalCode, string? CountryCode);

internal sealed record OrderProceedsWire(MoneyWire? GrandTotal, List<ProceedsBreakdownWire>? Breakdowns);

internal sealed record ProceedsBreakdownWire(string? Type, MoneyWire? Subtotal);

internal sealed record OrderFulfillmentWire(string? FulfillmentStatus, string? FulfilledBy);

internal sealed record OrderItemWire(string? OrderItemId, int? QuantityOrdered, ItemProductWire? Product, ItemProceedsWire? Proceeds);

internal sealed record ItemProductWire(string? Asin, string? Title, string? SellerSku, ItemPriceWire? Price);

internal sealed record ItemPriceWire(MoneyWire? UnitPrice);

internal sealed record ItemProceedsWire(MoneyWire? ProceedsTotal, List<ProceedsBreakdownWire>? Breakdowns);
