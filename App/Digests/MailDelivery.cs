using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Security;

namespace SellerConsole.Digests;

public sealed record DeliveryResult(int Sent, int Retrying, int Failed, int Interrupted, string? Waiting)
{
    public string Summary => Waiting ?? $"{Sent} sent, {Retrying} to retry, {Failed} failed" + (Interrupted > 0 ? $", {Interrupted} interrupted" : "");
}

/// <summary>
/// Sends queued mail. Each mail is claimed (Queued to Sending, with this process's id) by one conditional
/// UPDATE before the SMTP conversation and marked Sent right after the server accepts it, so two runs never
/// send the same mail. The stated rule for a crash between the two: a mail still Sending under an earlier
/// process is marked Interrupted and NOT retried on its own (at most once; it may have arrived); the owner
/// can resend it from the delivery log. A failure is retried after 1, 5, 15 and 60 minutes, then Failed.
/// </summary>
public sealed class MailDelivery(IDbContextFactory<SellerDb> dbs, SettingsStore settings, SmtpSender sender, AuditLog audit, TimeProvider clock, ILogger<MailDelivery> log)
{
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public async Task<bool> HasWorkAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var mails = db.Set<OwnerMailRecord>();
        return await mails.AnyAsync(m => (m.Status == MailStatus.Queued && m.NextAttemptUtc <= now)
            || (m.Status == MailStatus.Sending && m.SendingInstance != _instance), cancellationToken);
    }

    public async Task<DeliveryResult> RunAsync(CancellationToken cancellationToken)
    {
        var interrupted = await MarkInterruptedAsync(cancellationToken);
        var (smtp, missing) = await SmtpSettings.LoadAsync(settings, cancellationToken);
        if (smtp is null)
        {
            // No attempt is spent while the owner has not set up email; the mail waits.
            return new DeliveryResult(0, 0, 0, interrupted, missing);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        List<long> due;
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Set<OwnerMailRecord>().Where(m => m.Status == MailStatus.Queued && m.NextAttemptUtc <= now)
                .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        }
        int sent = 0, retrying = 0, failed = 0;
        foreach (var id in due)
        {
            switch (await DeliverAsync(id, smtp, cancellationToken))
            {
                case MailStatus.Sent: sent++; break;
                case MailStatus.Queued: retrying++; break;
                case MailStatus.Failed: failed++; break;
            }
        }
        return new DeliveryResult(sent, retrying, failed, interrupted, null);
    }

    /// <summary>Puts a failed, interrupted or sent mail back in the queue for one more round of attempts.</summary>
    public async Task<bool> ResendAsync(long id, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var changed = await db.Set<OwnerMailRecord>()
            .Where(m => m.Id == id && (m.Status == MailStatus.Failed || m.Status == MailStatus.Interrupted || m.Status == MailStatus.Sent))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, MailStatus.Queued).SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptUtc, now).SetProperty(m => m.SendingInstance, (string?)null), cancellationToken);
        if (changed == 1)
        {
            await audit.WriteAsync(actor, "mail.resend", $"Mail {id}", "Queued again from the delivery log", cancellationToken: cancellationToken);
        }
        return changed == 1;
    }

    private async Task<int> MarkInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var count = await db.Set<OwnerMailRecord>()
            .Where(m => m.Status == MailStatus.Sending && m.SendingInstance != _instance)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, MailStatus.Interrupted)
                .SetProperty(m => m.LastError, "The app stopped while this mail was being sent, so it may have arrived. It is not sent again on its own: press Resend if it did not arrive."),
                cancellationToken);
        if (count > 0)
        {
            log.LogWarning("{Count} mail(s) were being sent when the app stopped; marked Interrupted (not resent automatically)", count);
        }
        return count;
    }

    private async Task<MailStatus?> DeliverAsync(long id, SmtpSettings smtp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var mails = db.Set<OwnerMailRecord>();
        var claimed = await mails.Where(m => m.Id == id && m.Status == MailStatus.Queued)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, MailStatus.Sending).SetProperty(m => m.SendingInstance, _instance)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastAttemptUtc, now), cancellationToken);
        if (claimed != 1)
        {
            return null;
        }
        var record = await mails.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Id == id, cancellationToken);
        var message = SmtpSender.Build(smtp, OwnerMailbox.ToMail(record), $"mail-{record.Id}@sellerconsole.local");
        var outcome = await sender.SendAsync(smtp, message, cancellationToken);

        var done = clock.GetUtcNow().UtcDateTime;
        var next = outcome.Sent ? null : DeliveryRules.NextAttempt(record.Attempts, done);
        var status = outcome.Sent ? MailStatus.Sent : next is null ? MailStatus.Failed : MailStatus.Queued;
        var to = string.Join(", ", smtp.To);
        await mails.Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, status)
            .SetProperty(m => m.LastError, outcome.Error).SetProperty(m => m.SentUtc, outcome.Sent ? done : null)
            .SetProperty(m => m.SentTo, outcome.Sent ? to : record.SentTo).SetProperty(m => m.NextAttemptUtc, next ?? record.NextAttemptUtc)
            .SetProperty(m => m.SendingInstance, (string?)null), CancellationToken.None);
        if (!outcome.Sent)
        {
            log.LogWarning("Mail {Id} attempt {Attempt} failed: {Error}; {Next}", id, record.Attempts, outcome.Error,
                next is null ? "giving up" : $"next attempt at {next:HH:mm} UTC");
        }
        return status;
    }
}
