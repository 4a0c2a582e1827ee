using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Data;
using SellerConsole.Security;

namespace SellerConsole.Api;

public sealed record AlertDto(long Id, DateTime CreatedUtc, DateTime LastSeenUtc, int Occurrences, string Kind, string Severity, string Title, string? Detail, string? Link, DateTime? AcknowledgedUtc);

internal static class AlertsApi
{
    public static void MapAlertsApi(this RouteGroupBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Alerts");

        alerts.MapGet("/", async (bool? unread, int? take, IDbContextFactory<SellerDb> dbs, CancellationToken ct) =>
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var query = db.Alerts.AsNoTracking();
            if (unread == true)
            {
                query = query.Where(a => a.AcknowledgedUtc == null);
            }
            return await query.OrderByDescending(a => a.LastSeenUtc).Take(Math.Clamp(take ?? 100, 1, 1000))
                .Select(a => new AlertDto(a.Id, a.CreatedUtc, a.LastSeenUtc, a.Occurrences, a.Kind, a.Severity.ToString(), a.Title, a.Detail, a.Link, a.AcknowledgedUtc))
                .ToListAsync(ct);
        }).WithSummary("Alerts, newest first; unread=true for unacknowledged only");

        alerts.MapPost("/{id:long}/acknowledge", async (long id, AlertService service, HttpContext http, CancellationToken ct) =>
            await service.AcknowledgeAsync([id], Actor.Of(http.User), ct) == 1
                ? Results.NoContent()
                : Results.Problem(statusCode: 404, title: "No such unread alert", detail: $"Alert {id} does not exist or is already acknowledged."))
            .WithSummary("Marks an alert as read");
    }
}
