using SellerConsole.Digests;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static readonly DigestPlan Default = DigestPlan.Parse(null, null, null);

    [Fact]
    public void The_morning_digest_is_due_from_0730_uk_time_in_winter_and_in_summer()
    {
        Assert.Equal(new DigestPlan(true, new TimeOnly(7, 30), true), Default);
        Assert.Empty(DigestSchedule.Due(Default, new DateTime(2026, 11, 24, 7, 29, 59, DateTimeKind.Utc)));
        Assert.Equal([DigestKind.Daily], DigestSchedule.Due(Default, new DateTime(2026, 11, 24, 7, 30, 0, DateTimeKind.Utc)));
        // 07:30 BST is 06:30 UTC.
        Assert.Empty(DigestSchedule.Due(Default, new DateTime(2026, 7, 1, 6, 29, 0, DateTimeKind.Utc)));
        Assert.Equal([DigestKind.Daily], DigestSchedule.Due(Default, new DateTime(2026, 7, 1, 6, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 7, 1, 6, 30, 0, DateTimeKind.Utc), DigestSchedule.NextDailyUtc(Default, new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void The_weekly_summary_is_due_on_mondays_only_and_settings_turn_each_off()
    {
        var monday = new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);
        Assert.Equal([DigestKind.Daily, DigestKind.Weekly], DigestSchedule.Due(Default, monday));
        Assert.Equal([DigestKind.Daily], DigestSchedule.Due(Default, monday.AddDays(1)));
        Assert.Equal([DigestKind.Weekly], DigestSchedule.Due(DigestPlan.Parse("false", "07:30", "true"), monday));
        Assert.Empty(DigestSchedule.Due(DigestPlan.Parse("true", "09:15", "true"), monday));
    }

    [Fact]
    public void A_time_that_does_not_exist_on_the_spring_forward_day_moves_an_hour_later()
    {
        var plan = DigestPlan.Parse("true", "01:30", "false");
        // 28 Mar 2027: London jumps from 01:00 GMT to 02:00 BST; 02:30 BST is 01:30 UTC.
        Assert.Equal(new DateTime(2027, 3, 28, 1, 30, 0, DateTimeKind.Utc), DigestSchedule.NextDailyUtc(plan, new DateTime(2027, 3, 27, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public async Task The_due_digest_is_queued_once_and_arrives_with_text_and_html_parts()
    {
        await using var smtp = await SmtpCapture.StartAsync();
        using var app = new SellerAppFactory(startUtc: new DateTimeOffset(2026, 11, 24, 7, 29, 0, TimeSpan.Zero));
        await DigestContentTests.SeedAsync(app);
        var digests = app.Service<DigestService>();
        Assert.Empty(await digests.PendingAsync(CancellationToken.None));
        await app.UseSmtpAsync(smtp.Port);
        Assert.Empty(await digests.PendingAsync(CancellationToken.None));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([DigestKind.Daily], await digests.PendingAsync(CancellationToken.None));
        Assert.Single(await digests.RunDueAsync(CancellationToken.None));
        Assert.Empty(await digests.RunDueAsync(CancellationToken.None));
        app.Clock.Advance(TimeSpan.FromHours(6));
        Assert.Empty(await digests.PendingAsync(CancellationToken.None));
        await app.Service<MailDelivery>().RunAsync(CancellationToken.None);

        var message = Assert.Single(smtp.Messages());
        Assert.Equal("Morning digest for 23 Nov 2026", message.Subject);
        // The sales chart, drawn by Chromium, travels as an inline PNG the HTML shows by its Content-ID.
        var chart = Assert.Single(message.BodyParts.OfType<MimeKit.MimePart>(), p => p.ContentType.MimeType == "image/png");
        Assert.Equal(DigestChart.ContentId, chart.ContentId);
        using (var png = new MemoryStream())
        {
            await chart.Content!.DecodeToAsync(png);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png.ToArray()[..4]);
            Assert.True(png.Length > 2_000, $"a drawn chart, not a blank image ({png.Length} bytes)");
        }
        Assert.Contains($"src=\"cid:{DigestChart.ContentId}\"", message.HtmlBody);
        var entities = new List<MimeKit.MimeEntity>();
        using (var parts = new MimeKit.MimeIterator(message))
        {
            while (parts.MoveNext()) entities.Add(parts.Current);
        }
        // Text, then the HTML with the image it shows beside it (multipart/related), as mail clients expect.
        var alternative = Assert.Single(entities.OfType<MimeKit.MultipartAlternative>());
        Assert.Equal(["text/plain", "multipart/related"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal(["text/html", "image/png"], ((MimeKit.Multipart)alternative[1]).Select(p => p.ContentType.MimeType));
        Assert.Contains("<a href=\"https://seller.example.com/catalogue/SKU-00004\"", message.HtmlBody);
        Assert.Contains("Revenue", message.TextBody);
        Assert.Contains("£25.50", message.TextBody);

        Assert.DoesNotContain(message.Attachments, a => a.ContentType.MimeType == "application/pdf");

        // The next morning brings the next day's digest, with the profit report attached once the owner asks for it.
        var saved = await app.Service<SellerConsole.Security.SettingsStore>().SaveAsync("digests",
            new Dictionary<string, string?> { [SellerConsole.Security.SettingsCatalog.DigestAttachPdf] = "true" }, "owner:test", CancellationToken.None);
        Assert.True(saved.Succeeded);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 7, 30, 0, TimeSpan.Zero));
        Assert.Equal([DigestKind.Daily], await digests.PendingAsync(CancellationToken.None));
        Assert.Single(await digests.RunDueAsync(CancellationToken.None));
        await app.Service<MailDelivery>().RunAsync(CancellationToken.None);

        var next = smtp.Messages().Last();
        Assert.Equal("Morning digest for 24 Nov 2026", next.Subject);
        var attached = Assert.Single(next.Attachments.OfType<MimeKit.MimePart>(), a => a.ContentType.MimeType == "application/pdf");
        Assert.Equal("profit-2026-11-24.pdf", attached.FileName);
        using var pdf = new MemoryStream();
        await attached.Content!.DecodeToAsync(pdf);
        var text = SellerConsole.Tests.Reports.PdfTools.Text(pdf.ToArray());
        Assert.Contains("24 Nov 2026", text);
        Assert.Contains("SKU-00003", text); // the one sale on the 24th
    }
}
