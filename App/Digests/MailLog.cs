using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Digests;

/// <summary>One row of the delivery log (no bodies: those can be large).</summary>
public sealed record MailLogEntry(long Id, string Kind, string Subject, string Status, int Attempts, DateTime CreatedUtc,
    DateTime? LastAttemptUtc, DateTime? NextAttemptUtc, DateTime? SentUtc, string? SentTo, string? LastError, int Attachments)
{
    public bool CanResend => Status is nameof(MailStatus.Failed) or nameof(MailStatus.Interrupted) or nameof(MailStatus.Sent);
}

public sealed class MailLog(IDbContextFactory<SellerDb> dbs)
{
    public async Task<IReadOnlyList<MailLogEntry>> ReadAsync(MailStatus? status, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var query = db.Set<OwnerMailRecord>().AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(m => m.Status == s);
        }
        var rows = await query.OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id).Take(Math.Clamp(take, 1, 1000))
            .Select(m => new { m.Id, m.Kind, m.Subject, m.Status, m.Attempts, m.CreatedUtc, m.LastAttemptUtc, m.NextAttemptUtc, m.SentUtc, m.SentTo, m.LastError, Attachments = m.Attachments.Count })
            .ToListAsync(cancellationToken);
        return rows.Select(m => new MailLogEntry(m.Id, m.Kind, m.Subject, m.Status.ToString(), m.Attempts, m.CreatedUtc, m.LastAttemptUtc,
            m.Status == MailStatus.Queued ? m.NextAttemptUtc : null, m.SentUtc, m.SentTo, m.LastError, m.Attachments)).ToList();
    }
}
