using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Security;

public sealed record AuditQuery(
    string? Action = null,
    string? Actor = null,
    string? Text = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    int Skip = 0,
    int Take = 50);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Total);

/// <summary>Writes and reads the audit trail. Callers mask secrets before they get here.</summary>
public sealed class AuditLog(IDbContextFactory<SellerDb> dbs, TimeProvider clock)
{
    public async Task WriteAsync(string actor, string action, string? target, string? details, string? remoteIp = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            TimeUtc = clock.GetUtcNow().UtcDateTime,
            Actor = Limit(actor, 200)!,
            Action = action,
            Target = Limit(target, 200),
            Details = Limit(details, 4000),
            RemoteIp = Limit(remoteIp, 64),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(e => e.Actor.Contains(query.Actor));
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            entries = entries.Where(e => (e.Target != null && e.Target.Contains(query.Text)) || (e.Details != null && e.Details.Contains(query.Text)));
        }
        if (query.FromUtc is { } from)
        {
            entries = entries.Where(e => e.TimeUtc >= from);
        }
        if (query.ToUtc is { } to)
        {
            entries = entries.Where(e => e.TimeUtc < to);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(e => e.TimeUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, 500))
            .ToListAsync(cancellationToken);
        return new AuditPage(items, total);
    }

    private static string? Limit(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
