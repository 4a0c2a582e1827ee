using MailKit.Net.Smtp;
using MimeKit;
using SellerConsole.Shared;

namespace SellerConsole.Digests;

/// <summary>The outcome of handing one message to the SMTP server: null error means the server accepted it.</summary>
public sealed record SendOutcome(string? Error)
{
    public bool Sent => Error is null;
}

/// <summary>
/// Hands a message to the owner's SMTP server with MailKit: connect (None, STARTTLS or SSL), sign in when a
/// username is set, send, quit. Failures come back as one clear sentence (<see cref="SmtpErrors"/>).
/// </summary>
public sealed class SmtpSender(ILogger<SmtpSender> log)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<SendOutcome> SendAsync(SmtpSettings smtp, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
            if (smtp.Username is { } user)
            {
                await client.AuthenticateAsync(user, smtp.Password ?? "", cancellationToken);
            }
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            log.LogInformation("Mail {Subject} sent through {Endpoint} to {Count} recipient(s)", message.Subject, smtp.Endpoint, smtp.To.Count);
            return new SendOutcome(null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var error = SmtpErrors.Describe(ex, smtp.Endpoint);
            // The exception type and the sentence, not the exception: MailKit's protocol log could hold the AUTH exchange.
            log.LogWarning("Mail {Subject} not sent: {Error} ({Type})", message.Subject, error, ex.GetType().Name);
            return new SendOutcome(error);
        }
    }

    /// <summary>
    /// multipart/alternative (text, then HTML) inside multipart/related when there are inline images, inside
    /// multipart/mixed when there are attachments, as MimeKit's BodyBuilder lays it out. The Message-ID is the
    /// delivery-log id, so a mail resent by the owner is recognisably the same one.
    /// </summary>
    public static MimeMessage Build(SmtpSettings smtp, OwnerMail mail, string messageId)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = messageId };
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.AddRange(smtp.To.Select(MailboxAddress.Parse));
        var body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        foreach (var file in mail.Attachments)
        {
            var part = file.ContentId is null
                ? body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType))
                : body.LinkedResources.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
            if (file.ContentId is { } cid)
            {
                part.ContentId = cid;
            }
        }
        message.Body = body.ToMessageBody();
        return message;
    }
}
