using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Security;

namespace SellerConsole.Alerts;

/// <summary>A request to raise an alert. The dedup key makes a repeated condition one alert, not many.</summary>
public sealed record AlertRequest(string Kind, AlertSeverity Severity, string Title, string? Detail, string DedupKey, string? Link = null);

public sealed class AlertService(IDbContextFactory<SellerDb> dbs, LiveFeed live, AuditLog audit, TimeProvider clock, ILogger<AlertService> log)
{
    /// <summary>
    /// Raises an alert, or bumps the open one with the same dedup key (no duplicate for the same condition).
    /// </summary>
    public async Task<Alert> RaiseAsync(AlertRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var open = await db.Alerts
            .Where(a => a.DedupKey == request.DedupKey && a.AcknowledgedUtc == null)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);

        var isRepeat = open is not null;
        var alert = open ?? new Alert
        {
            CreatedUtc = now,
            Kind = request.Kind,
            Title = request.Title,
            DedupKey = request.DedupKey,
            Occurrences = 0,
        };
        alert.LastSeenUtc = now;
        alert.Occurrences++;
        alert.Severity = request.Severity;
        alert.Title = request.Title;
        alert.Detail = request.Detail;
        alert.Link = request.Link;
        if (!isRepeat)
        {
            db.Alerts.Add(alert);
        }
        await db.SaveChangesAsync(cancellationToken);

        log.LogWarning("Alert {Kind} ({Severity}): {Title}", alert.Kind, alert.Severity, alert.Title);
        live.Publish(new AlertCreated(alert.Id, alert.Kind, alert.Severity, alert.Title, isRepeat));
        return alert;
    }

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Alerts.CountAsync(a => a.AcknowledgedUtc == null, cancellationToken);
    }

    public async Task<int> AcknowledgeAsync(IReadOnlyCollection<long> ids, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var alerts = await db.Alerts.Where(a => ids.Contains(a.Id) && a.AcknowledgedUtc == null).ToListAsync(cancellationToken);
        foreach (var alert in alerts)
        {
            alert.AcknowledgedUtc = now;
        }
        await db.SaveChangesAsync(cancellationToken);

        if (alerts.Count > 0)
        {
            var titles = string.Join("; ", alerts.Select(a => a.Title).Take(5));
            await audit.WriteAsync(actor, AuditActions.AlertAcknowledged, $"{alerts.Count} alert(s)", titles, cancellationToken: cancellationToken);
            live.Publish(new AlertsAcknowledged(alerts.Select(a => a.Id).ToList()));
        }
        return alerts.Count;
    }

    public async Task<int> AcknowledgeAllAsync(string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var ids = await db.Alerts.Where(a => a.AcknowledgedUtc == null).Select(a => a.Id).ToListAsync(cancellationToken);
        return await AcknowledgeAsync(ids, actor, cancellationToken);
    }
}
