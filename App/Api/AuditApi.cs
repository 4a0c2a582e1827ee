using SellerConsole.Security;

namespace SellerConsole.Api;

public sealed record AuditEntryDto(long Id, DateTime TimeUtc, string Actor, string Action, string? Target, string? Details, string? RemoteIp);

public sealed record PagedDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

internal static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (string? action, string? actor, string? text, DateTime? from, DateTime? to, int? page, int? pageSize, AuditLog audit, CancellationToken ct) =>
        {
            var size = Math.Clamp(pageSize ?? 50, 1, 500);
            var number = Math.Max(page ?? 1, 1);
            var result = await audit.QueryAsync(new AuditQuery(action, actor, text, ToUtc(from), ToUtc(to), (number - 1) * size, size), ct);
            return new PagedDto<AuditEntryDto>(
                result.Items.Select(e => new AuditEntryDto(e.Id, e.TimeUtc, e.Actor, e.Action, e.Target, e.Details, e.RemoteIp)).ToList(),
                result.Total, number, size);
        }).WithTags("Audit").WithSummary("The audit log, newest first; filter by action, actor, text and time (UTC)");
    }

    private static DateTime? ToUtc(DateTime? value) => value is null ? null : value.Value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.Value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value.Value, DateTimeKind.Utc),
    };
}
