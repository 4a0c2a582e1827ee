using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Digests;

/// <summary>The result of "Send a test": sent to whom, or the one-sentence reason it was not.</summary>
public sealed record TestSendResult(bool Sent, string Message, IReadOnlyList<string> To);

/// <summary>
/// "Send a test": sends a short mail straight away with the saved settings (not through the queue, so the
/// owner sees the server's answer at once) and reports a clear error instead of a stack trace.
/// </summary>
public sealed class SmtpTestMail(SettingsStore settings, SmtpSender sender, ConsoleLinks links, TimeProvider clock)
{
    public async Task<TestSendResult> SendAsync(CancellationToken cancellationToken)
    {
        var (smtp, missing) = await SmtpSettings.LoadAsync(settings, cancellationToken);
        if (smtp is null)
        {
            return new TestSendResult(false, missing!, []);
        }
        var home = await links.BaseAsync(cancellationToken);
        var when = UkTime.FormatSeconds(clock.GetUtcNow().UtcDateTime);
        var mail = new OwnerMail("test", "SellerConsole test email",
            $"<!DOCTYPE html><html><body style=\"font-family:Arial,Helvetica,sans-serif;color:#222\"><p>This is a test from SellerConsole, sent {DigestHtml.Encode(when)} (UK time).</p>" +
            $"<p>Digests and urgent alerts will arrive like this one. <a href=\"{DigestHtml.Encode(home)}/digests\">Open the delivery log</a></p></body></html>",
            $"This is a test from SellerConsole, sent {when} (UK time).\n\nDigests and urgent alerts will arrive like this one.\nDelivery log: {home}/digests\n",
            []);
        var message = SmtpSender.Build(smtp, mail, $"test-{Guid.NewGuid():N}@sellerconsole.local");
        var outcome = await sender.SendAsync(smtp, message, cancellationToken);
        return outcome.Sent
            ? new TestSendResult(true, $"Test email sent through {smtp.Endpoint} to {string.Join(", ", smtp.To)}.", smtp.To)
            : new TestSendResult(false, Capitalise(outcome.Error!), smtp.To);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
