namespace SellerConsole.Shared;

/// <summary>
/// A message to the owner (digest, urgent alert, an automation rule's mail). Queued, not sent inline:
/// the mailbox stores it, delivers it with retries and keeps it in the delivery log, so a caller
/// never waits on SMTP and nothing is lost or sent twice across a restart.
/// </summary>
public sealed record OwnerMail(
    string Kind,
    string Subject,
    string Html,
    string Text,
    IReadOnlyList<MailAttachment> Attachments);

/// <summary>An attached file; with a <see cref="ContentId"/> it is an inline image the HTML refers to as <c>cid:</c>.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content, string? ContentId = null);

public interface IOwnerMailbox
{
    /// <summary>Stores the mail for delivery and returns its delivery-log id.</summary>
    Task<long> QueueAsync(OwnerMail mail, CancellationToken cancellationToken);

    /// <summary>Why queued mail cannot go out now (e.g. SMTP is not set up), or null when it can.</summary>
    Task<string?> BlockedAsync(CancellationToken cancellationToken);
}
