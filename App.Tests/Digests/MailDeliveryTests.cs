using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using SellerConsole.Data;
using SellerConsole.Digests;
using SellerConsole.Shared;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Digests;

/// <summary>The mailbox against a real SMTP server (aiosmtpd): what arrives, what a failure says, what is retried.</summary>
public sealed class MailDeliveryTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
    private static readonly byte[] Pdf = "%PDF-1.7\n%test\n"u8.ToArray();

    private static OwnerMail Mail(string subject, params MailAttachment[] attachments) =>
        new("rule", subject, $"<html><body><p>{subject}</p><img src=\"cid:chart-1\"><a href=\"https://seller.example.com/alerts\">Alerts</a></body></html>",
            $"{subject}\nhttps://seller.example.com/alerts\n", attachments);

    [Fact]
    public async Task A_queued_mail_arrives_as_text_and_html_with_its_inline_image_and_attachment()
    {
        await using var smtp = await SmtpCapture.StartAsync();
        using var app = new SellerAppFactory();
        await app.UseSmtpAsync(smtp.Port);

        var id = await app.Service<IOwnerMailbox>().QueueAsync(Mail("Stock report",
            new MailAttachment("chart.png", "image/png", Png, "chart-1"),
            new MailAttachment("profit.pdf", "application/pdf", Pdf)), CancellationToken.None);
        var result = await app.Service<MailDelivery>().RunAsync(CancellationToken.None);

        Assert.Equal(1, result.Sent);
        var message = Assert.Single(smtp.Messages());
        Assert.Equal("Stock report", message.Subject);
        Assert.Equal(["owner@shop.example", "partner@shop.example"], smtp.Recipients(0));
        Assert.Equal($"mail-{id}@sellerconsole.local", message.MessageId);
        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        // mixed( alternative( text/plain, related( text/html, image ) ), pdf ): clients without HTML read the text part.
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal("text/plain", alternative[0].ContentType.MimeType);
        var related = Assert.IsType<MultipartRelated>(alternative[1]);
        Assert.Equal("text/html", related[0].ContentType.MimeType);
        Assert.Contains("https://seller.example.com/alerts", message.TextBody);
        Assert.Contains("href=\"https://seller.example.com/alerts\"", message.HtmlBody);
        var image = Assert.IsType<MimePart>(related[1]);
        Assert.Equal(("image/png", "chart-1"), (image.ContentType.MimeType, image.ContentId));
        Assert.Equal(Png, Content(image));
        var pdf = Assert.IsType<MimePart>(mixed[1]);
        Assert.Equal(("application/pdf", "profit.pdf", true), (pdf.ContentType.MimeType, pdf.FileName, pdf.IsAttachment));
        Assert.Equal(Pdf, Content(pdf));

        var record = await app.MailAsync(id);
        Assert.Equal((MailStatus.Sent, 1, null), (record.Status, record.Attempts, record.LastError));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, record.SentUtc);
        Assert.Equal("owner@shop.example, partner@shop.example", record.SentTo);
    }

    [Fact]
    public async Task An_smtp_server_that_refuses_the_password_gives_a_clear_error_naming_it()
    {
        await using var smtp = await SmtpCapture.StartAsync("reject-auth");
        using var app = new SellerAppFactory();
        await app.UseSmtpAsync(smtp.Port, "owner", "wrong-password");

        var test = await app.Service<SmtpTestMail>().SendAsync(CancellationToken.None);

        Assert.False(test.Sent);
        Assert.StartsWith($"Authentication failed at 127.0.0.1:{smtp.Port}", test.Message);
        Assert.DoesNotContain("   at ", test.Message);
        Assert.DoesNotContain("wrong-password", test.Message);
        Assert.Empty(smtp.Messages());

        using var client = await app.CreateSignedInClientAsync();
        var response = await client.PostAsync("/api/v1/digests/test", null);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        Assert.StartsWith($"Authentication failed at 127.0.0.1:{smtp.Port}", problem!.Detail);
    }

    [Fact]
    public async Task The_right_password_signs_in_and_the_test_mail_arrives()
    {
        await using var smtp = await SmtpCapture.StartAsync("auth");
        using var app = new SellerAppFactory();
        await app.UseSmtpAsync(smtp.Port, "owner", "right-password");

        var test = await app.Service<SmtpTestMail>().SendAsync(CancellationToken.None);

        Assert.True(test.Sent, test.Message);
        var message = Assert.Single(smtp.Messages());
        Assert.Equal("SellerConsole test email", message.Subject);
        Assert.Contains($"{DigestTestSupport.PublicUrl}/digests", message.TextBody);
    }

    [Fact]
    public async Task A_server_that_is_down_keeps_the_mail_queued_and_it_goes_when_the_back_off_has_passed()
    {
        var port = SmtpCapture.FreePort();
        using var app = new SellerAppFactory();
        await app.UseSmtpAsync(port);
        var test = await app.Service<SmtpTestMail>().SendAsync(CancellationToken.None);
        Assert.Equal($"Could not connect to 127.0.0.1:{port}: connection refused", test.Message);

        var id = await app.Service<IOwnerMailbox>().QueueAsync(Mail("Morning digest"), CancellationToken.None);
        var delivery = app.Service<MailDelivery>();
        var failedAt = app.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(1, (await delivery.RunAsync(CancellationToken.None)).Retrying);
        var waiting = await app.MailAsync(id);
        Assert.Equal((MailStatus.Queued, 1), (waiting.Status, waiting.Attempts));
        Assert.Equal($"could not connect to 127.0.0.1:{port}: connection refused", waiting.LastError);
        Assert.Equal(failedAt.AddMinutes(1), waiting.NextAttemptUtc);

        await using var smtp = await SmtpCapture.StartAsync(port: port);
        app.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await delivery.HasWorkAsync(CancellationToken.None));
        Assert.Equal(0, (await delivery.RunAsync(CancellationToken.None)).Sent);
        Assert.Empty(smtp.Messages());

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await delivery.HasWorkAsync(CancellationToken.None));
        Assert.Equal(1, (await delivery.RunAsync(CancellationToken.None)).Sent);
        Assert.Equal("Morning digest", Assert.Single(smtp.Messages()).Subject);
        var sent = await app.MailAsync(id);
        Assert.Equal((MailStatus.Sent, 2, null), (sent.Status, sent.Attempts, sent.LastError));
    }

    [Fact]
    public async Task A_mail_is_retried_after_1_5_15_and_60_minutes_then_failed_and_the_owner_can_resend_it()
    {
        var port = SmtpCapture.FreePort();
        using var app = new SellerAppFactory();
        await app.UseSmtpAsync(port);
        var id = await app.Service<IOwnerMailbox>().QueueAsync(Mail("Weekly summary"), CancellationToken.None);
        var delivery = app.Service<MailDelivery>();

        var gaps = new List<TimeSpan>();
        var last = app.Clock.GetUtcNow().UtcDateTime;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await delivery.RunAsync(CancellationToken.None);
            var mail = await app.MailAsync(id);
            Assert.Equal(attempt, mail.Attempts);
            if (attempt < 5)
            {
                Assert.Equal(MailStatus.Queued, mail.Status);
                gaps.Add(mail.NextAttemptUtc - last);
                app.Clock.SetUtcNow(new DateTimeOffset(mail.NextAttemptUtc, TimeSpan.Zero));
                last = mail.NextAttemptUtc;
            }
            else
            {
                Assert.Equal(MailStatus.Failed, mail.Status);
            }
        }
        Assert.Equal([1, 5, 15, 60], gaps.Select(g => g.TotalMinutes));
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.False(await delivery.HasWorkAsync(CancellationToken.None));

        await using var smtp = await SmtpCapture.StartAsync(port: port);
        Assert.True(await delivery.ResendAsync(id, "owner:test", CancellationToken.None));
        Assert.Equal(1, (await delivery.RunAsync(CancellationToken.None)).Sent);
        Assert.Single(smtp.Messages());
    }

    [Fact]
    public async Task Nothing_is_sent_twice_across_a_restart_and_a_mail_cut_off_mid_send_waits_for_the_owner()
    {
        var data = Directory.CreateTempSubdirectory("digests-restart-").FullName;
        var settings = new Dictionary<string, string?> { ["Data:Directory"] = data };
        await using var smtp = await SmtpCapture.StartAsync();
        long sent, cutOff, waiting;
        using (var before = new SellerAppFactory(settings))
        {
            await before.UseSmtpAsync(smtp.Port);
            var mailbox = before.Service<IOwnerMailbox>();
            sent = await mailbox.QueueAsync(Mail("Delivered before the restart"), CancellationToken.None);
            await before.Service<MailDelivery>().RunAsync(CancellationToken.None);
            cutOff = await mailbox.QueueAsync(Mail("Being sent when the app stopped"), CancellationToken.None);
            waiting = await mailbox.QueueAsync(Mail("Still queued"), CancellationToken.None);
            // As a crash leaves it: claimed by that process, the SMTP conversation never confirmed.
            await using var db = await before.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
            await db.Set<OwnerMailRecord>().Where(m => m.Id == cutOff)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, MailStatus.Sending).SetProperty(m => m.SendingInstance, "previous-process").SetProperty(m => m.Attempts, 1));
        }

        using var after = new SellerAppFactory(settings);
        var delivery = after.Service<MailDelivery>();
        Assert.True(await delivery.HasWorkAsync(CancellationToken.None));
        var result = await delivery.RunAsync(CancellationToken.None);
        Assert.Equal((1, 1), (result.Sent, result.Interrupted));
        Assert.Equal(0, (await delivery.RunAsync(CancellationToken.None)).Sent);
        Assert.False(await delivery.HasWorkAsync(CancellationToken.None));

        Assert.Equal(["Delivered before the restart", "Still queued"], smtp.Messages().Select(m => m.Subject));
        Assert.Equal(MailStatus.Sent, (await after.MailAsync(sent)).Status);
        Assert.Equal(MailStatus.Sent, (await after.MailAsync(waiting)).Status);
        var interrupted = await after.MailAsync(cutOff);
        Assert.Equal(MailStatus.Interrupted, interrupted.Status);
        Assert.Contains("press Resend", interrupted.LastError);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Without_smtp_settings_mail_waits_without_spending_attempts()
    {
        using var app = new SellerAppFactory();
        var id = await app.Service<IOwnerMailbox>().QueueAsync(Mail("Waiting for setup"), CancellationToken.None);
        var result = await app.Service<MailDelivery>().RunAsync(CancellationToken.None);
        Assert.Contains("Email is not set up", result.Summary);
        var mail = await app.MailAsync(id);
        Assert.Equal((MailStatus.Queued, 0), (mail.Status, mail.Attempts));
    }

    private static byte[] Content(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
