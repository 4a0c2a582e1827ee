using System.Runtime.CompilerServices;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

public sealed partial class SpApiClient
{
    // RECIPIENT for the ship-to city and postcode (nothing else of it is kept), PROCEEDS for totals
    // and shipping, FULFILLMENT for status and channel. Items come with every order.
    private const string OrderData = "RECIPIENT,PROCEEDS,FULFILLMENT";

    /// <summary>
    /// searchOrders (Orders v2026-01-01) for orders updated in [after, before], 100 per page, following
    /// nextToken until the last page. <paramref name="lastUpdatedBefore"/> must be at least two minutes ago.
    /// </summary>
    public async IAsyncEnumerable<MarketOrder> SearchOrdersAsync(
        DateTime lastUpdatedAfter,
        DateTime? lastUpdatedBefore = null,
        IReadOnlyList<string>? fulfillmentStatuses = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var operation = SpApiOperation.SearchOrders;
        string? token = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var request = SpApiRequest.Get("/orders/2026-01-01/orders",
                ("lastUpdatedAfter", SpApiJson.Iso(lastUpdatedAfter)),
                ("lastUpdatedBefore", lastUpdatedBefore is { } before ? SpApiJson.Iso(before) : null),
                ("marketplaceIds", _options.MarketplaceId),
                ("fulfillmentStatuses", fulfillmentStatuses is { Count: > 0 } statuses ? string.Join(",", statuses) : null),
                ("maxResultsPerPage", "100"),
                ("includedData", OrderData),
                ("paginationToken", token));
            var response = await SendExpectingSuccessAsync(operation, request, cancellationToken).ConfigureAwait(false);
            var page = SpApiJson.Read<SearchOrdersWire>(operation, response.Body);
            foreach (var order in page.Orders ?? [])
            {
                yield return OrderMapper.Map(order);
            }
            token = page.Pagination?.NextToken;
            if (token is not null && !seen.Add(token))
            {
                throw new SpApiException(operation.Name, response.Status, null, null,
                    $"SP-API {operation.Name} repeated a pagination token; stopping rather than looping");
            }
        }
        while (!string.IsNullOrEmpty(token));
    }

    /// <summary>getOrder (Orders v2026-01-01), items included; null when Amazon has no such order.</summary>
    public async Task<MarketOrder?> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        var operation = SpApiOperation.GetOrder;
        var request = SpApiRequest.Get($"/orders/2026-01-01/orders/{SpApiRequest.Segment(orderId)}", ("includedData", OrderData));
        var response = await SendExpectingSuccessAsync(operation, request, cancellationToken, notFoundIsAnswer: true).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return null;
        }
        var order = SpApiJson.Read<GetOrderWire>(operation, response.Body).Order
            ?? throw new SpApiException(operation.Name, response.Status, null, null, $"SP-API {operation.Name} answered without an order");
        return OrderMapper.Map(order);
    }
}
