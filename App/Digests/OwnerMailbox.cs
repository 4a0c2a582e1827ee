using Microsoft.EntityFrameworkCore;
using SellerConsole.Security;
using SellerConsole.Data;
using SellerConsole.Shared;

namespace SellerConsole.Digests;

/// <summary>
/// The one way mail to the owner leaves the console: it is stored first (the delivery log), then
/// <see cref="MailDelivery"/> sends it. Queueing returns at once; a caller never waits on SMTP.
/// </summary>
public sealed class OwnerMailbox(IDbContextFactory<SellerDb> dbs, SettingsStore settings, TimeProvider clock, ILogger<OwnerMailbox> log) : IOwnerMailbox
{
    /// <summary>Raised after a mail is stored, so delivery can start straight away when the scheduler runs.</summary>
    public event Func<Task>? Queued;

    /// <summary>Mail waits (no attempts used) while SMTP is not set up; this says so.</summary>
    public Task<string?> BlockedAsync(CancellationToken cancellationToken) =>
        SmtpSettings.MissingAsync(settings, cancellationToken);

    public async Task<long> QueueAsync(OwnerMail mail, CancellationToken cancellationToken) =>
        await QueueOnceAsync(mail, dedupKey: null, cancellationToken) ?? throw new InvalidOperationException("A mail without a dedup key is always stored");

    /// <summary>Stores the mail unless one with the same <paramref name="dedupKey"/> exists; returns its id, or null when it was already there.</summary>
    public async Task<long?> QueueOnceAsync(OwnerMail mail, string? dedupKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        if (dedupKey is not null && await db.Set<OwnerMailRecord>().AnyAsync(m => m.DedupKey == dedupKey, cancellationToken))
        {
            return null;
        }
        var record = new OwnerMailRecord
        {
            Kind = mail.Kind,
            Subject = mail.Subject,
            Html = mail.Html,
            Text = mail.Text,
            DedupKey = dedupKey,
            Status = MailStatus.Queued,
            CreatedUtc = now,
            NextAttemptUtc = now,
            Attachments = mail.Attachments.Select(a => new OwnerMailAttachment
            {
                FileName = a.FileName, ContentType = a.ContentType, ContentId = a.ContentId, Content = a.Content,
            }).ToList(),
        };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (dedupKey is not null)
        {
            // Two triggers raced past the check: the unique index keeps exactly one.
            return null;
        }
        log.LogInformation("Mail {Id} ({Kind}) queued: {Subject}", record.Id, record.Kind, record.Subject);
        if (Queued is { } queued)
        {
            await queued();
        }
        return record.Id;
    }

    public static OwnerMail ToMail(OwnerMailRecord record) =>
        new(record.Kind, record.Subject, record.Html, record.Text,
            record.Attachments.Select(a => new MailAttachment(a.FileName, a.ContentType, a.Content, a.ContentId)).ToList());
}
