using System.Globalization;
using SellerConsole.Shared;

namespace SellerConsole.Orders;

public static class OrdersExportApi
{
    /// <summary>GET /api/v1/orders/export?q=&amp;status=&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd: the Orders page's filters, as CSV.</summary>
    public static void MapOrdersExport(this IEndpointRouteBuilder api)
    {
        api.MapGet("/orders/export", async (string? q, string? status, string? from, string? to, OrderQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            if (!TryDay(from, out var fromDay)) return BadDay("from", from);
            if (!TryDay(to, out var toDay)) return BadDay("to", to);
            if (fromDay > toDay)
            {
                return Results.Problem(statusCode: 400, title: "Dates the wrong way round",
                    detail: $"'from' ({fromDay:dd/MM/yyyy}) is after 'to' ({toDay:dd/MM/yyyy}).",
                    extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["from"] = ["must not be after 'to'"] } });
            }
            var orders = await queries.AllAsync(OrderFilter.ForUkDays(fromDay, toDay, status, q), OrdersExport.MaxOrders, ct);
            return Results.File(OrdersExport.Csv(orders), "text/csv; charset=utf-8", OrdersExport.FileName(clock.GetUtcNow().UtcDateTime));
        }).WithTags("Orders").WithSummary("The orders matching a search (order id or SKU), a status and UK dates, one row per line, as CSV (UTF-8 with BOM, en-GB dates)");
    }

    /// <summary>An ISO date (2026-12-07), as the page's address carries it; empty means no limit.</summary>
    public static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        day = parsed;
        return true;
    }

    private static IResult BadDay(string field, string? value) =>
        Results.Problem(statusCode: 400, title: "Not a date", detail: $"'{field}' must be a date written yyyy-MM-dd (e.g. 2026-12-07), not '{value}'.",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = ["a date written yyyy-MM-dd"] } });
}
