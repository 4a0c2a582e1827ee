using System.Text.Json.Nodes;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Orders 2026-01-01: searchOrders (created or last-updated window, paginated) and getOrder.</summary>
internal static class OrdersEndpoints
{
    public static void MapOrders(this IEndpointRouteBuilder api)
    {
        api.MapGet("/orders/2026-01-01/orders", (HttpRequest http, TimeProvider clock) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var (search, error) = OrderSearch.Parse(http, now);
            if (search is null) return SpApiResults.InvalidInput(error!);
            var sim = http.HttpContext.World().Simulation;
            var (orders, total) = Find(sim, search);
            var body = new JsonObject { ["orders"] = new JsonArray([.. orders.Select(o => (JsonNode)OrdersJson.Order(o, search.Included))]) };
            var next = search.Offset + orders.Count;
            if (next < total) body["pagination"] = new JsonObject { ["nextToken"] = search.NextToken(next, now) };
            body[search.ByUpdate ? "lastUpdatedBefore" : "createdBefore"] = SandboxMarketplace.Time(search.Before);
            return SpApiResults.Json(body);
        }).WithMetadata(new SpApiOperation("searchOrders"));

        api.MapGet("/orders/2026-01-01/orders/{orderId}", (string orderId, HttpRequest http) =>
        {
            var included = SpApiResults.List(http, "includedData");
            if (included.FirstOrDefault(d => !OrdersJson.IncludedData.Contains(d)) is { } bad) return SpApiResults.InvalidInput($"Invalid includedData value: {bad}.");
            return http.HttpContext.World().Simulation.GetOrder(orderId) is { } order
                ? SpApiResults.Json(new JsonObject { ["order"] = OrdersJson.Order(order, included.ToHashSet(StringComparer.Ordinal)) })
                : SpApiResults.NotFound($"Order {orderId} was not found.");
        }).WithMetadata(new SpApiOperation("getOrder"));
    }

    /// <summary>One page and the total. Amazon's "before" is inclusive; the simulation's windows end exclusive, at whole seconds.</summary>
    private static (List<SimOrder> Page, int Total) Find(MarketSimulation sim, OrderSearch s)
    {
        if (!s.MatchesMarketplace) return ([], 0);
        var end = s.Before.AddSeconds(1);
        Page<SimOrder> Query(int offset, int limit) =>
            s.ByUpdate ? sim.GetOrdersUpdated(s.After, end, offset, limit) : sim.GetOrdersCreated(s.After, end, offset, limit);
        if (s.Statuses.Count == 0)
        {
            var page = Query(s.Offset, s.PageSize);
            return ([.. page.Items], page.Total);
        }
        var all = new List<SimOrder>();
        for (int? offset = 0; offset is { } o;)
        {
            var page = Query(o, 10_000);
            all.AddRange(page.Items.Where(x => s.Statuses.Contains(OrdersJson.Status(x.Status))));
            offset = page.NextOffset;
        }
        return ([.. all.Skip(s.Offset).Take(s.PageSize)], all.Count);
    }
}
