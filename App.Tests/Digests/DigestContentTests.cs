using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Digests;
using SellerConsole.Jobs;
using SellerConsole.Scoring.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Digests;

/// <summary>
/// The digest against a seeded shop whose figures are worked out by hand below. "Today" is fixed
/// (Tuesday 24 Nov 2026, GMT), so the morning digest covers Monday 23 Nov against Monday 16 Nov.
/// </summary>
public sealed class DigestContentTests
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private static DateTime Utc(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_morning_digest_reports_yesterday_against_the_same_day_last_week_and_what_needs_attention()
    {
        using var app = new SellerAppFactory();
        await SeedAsync(app);

        var content = await app.Service<DigestLoader>().LoadAsync(DigestKind.Daily, Tuesday, CancellationToken.None);

        // 23 Nov: 2 x £10.00 (10:00) + 1 x £5.50 (23:30 GMT, still the 23rd); the 00:10 sale on the 24th and the cancelled order do not count.
        Assert.Equal(new SalesFigures(Orders: 2, Units: 3, Revenue: 25.50m, Profit: 0m, UncostedUnits: 3), content.Sales);
        Assert.Equal(new SalesFigures(1, 1, 10.00m, 0m, 1), content.PreviousSales);
        Assert.Equal((new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 16)), (content.Period.From, content.Previous.From));
        // Active listings 1, 2, 3, 5, 6 all have offers read; ours on 3 and 6.
        Assert.Equal(new BuyBoxShare(2, 5), content.BuyBox);
        Assert.Equal(0.4m, content.BuyBox.Share);

        Assert.Equal([("SKU-00002", "No buy box (suppressed)"), ("SKU-00004", "Status Inactive"), ("SKU-00005", "No buy box (suppressed)")],
            content.Section("cannot-sell").Lines.Select(l => (l.Text[..9], l.Detail!)));
        var change = Assert.Single(content.Section("competition").Lines);
        Assert.Equal(("Buy box lost on SKU-00003", "Buy box lost", "/catalogue/SKU-00003"), (change.Text, change.Detail, change.Path));
        Assert.Equal(["SKU-00001: score 80.0 to 60.0"], content.Section("score-drops").Lines.Select(l => l.Text));
        Assert.Equal([("Offers sync failed 3 times", "/jobs"), ("Listing score dropped", "/alerts")], content.Section("alerts").Lines.Select(l => (l.Text, l.Path)));
        var failed = Assert.Single(content.Section("failed-jobs").Lines);
        Assert.Equal(("Offers sync at 23 Nov 2026 05:00", "HttpRequestException: 503"), (failed.Text, failed.Detail));
    }

    [Fact]
    public async Task The_weekly_summary_covers_last_monday_to_sunday_against_the_week_before()
    {
        using var app = new SellerAppFactory();
        await SeedAsync(app);

        var content = await app.Service<DigestLoader>().LoadAsync(DigestKind.Weekly, new DateOnly(2026, 11, 30), CancellationToken.None);

        Assert.Equal("23 Nov 2026 to 29 Nov 2026", content.Period.Label);
        // 23-29 Nov: the two sales of the 23rd plus 1 x £3.00 on the 24th.
        Assert.Equal(new SalesFigures(3, 4, 28.50m, 0m, 4), content.Sales);
        Assert.Equal(new SalesFigures(1, 1, 10.00m, 0m, 1), content.PreviousSales);
        Assert.Equal(2, content.Section("competition").Total);
        Assert.Equal(new[] { "SKU-00001: score 80.0 to 60.0", "SKU-00003: score 90.0 to 50.0" }, content.Section("score-drops").Lines.Select(l => l.Text).Order());
    }

    [Fact]
    public async Task The_email_has_absolute_links_into_the_console_and_the_same_figures_in_html_and_text()
    {
        using var app = new SellerAppFactory();
        await SeedAsync(app);
        var content = await app.Service<DigestLoader>().LoadAsync(DigestKind.Daily, Tuesday, CancellationToken.None);

        var mail = new DigestDraft(content, DigestTestSupport.PublicUrl).ToMail();

        Assert.Equal(("digest.daily", "Morning digest for 23 Nov 2026"), (mail.Kind, mail.Subject));
        foreach (var body in new[] { mail.Html, mail.Text })
        {
            Assert.Contains("£25.50", body);
            Assert.Contains("£10.00", body);
            Assert.Contains("+155%", body);
            Assert.Contains("2 of 5 active listings (40%)", body);
            Assert.Contains("https://seller.example.com/catalogue/SKU-00004", body);
            Assert.Contains("https://seller.example.com/jobs", body);
        }
        Assert.Contains("href=\"https://seller.example.com/reports/profit?from=2026-11-23&amp;to=2026-11-23\"", mail.Html);
        Assert.Contains("https://seller.example.com/reports/profit?from=2026-11-23&to=2026-11-23", mail.Text);
        Assert.DoesNotContain("<script", mail.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", mail.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(mail.Attachments);

        var withChart = new DigestDraft(content, DigestTestSupport.PublicUrl)
            .WithInlineImage("sales-chart", "Sales by day", "Sales, last 14 days", [1, 2, 3])
            .WithAttachment(new SellerConsole.Shared.MailAttachment("profit.pdf", "application/pdf", [4, 5])).ToMail();
        Assert.Contains("src=\"cid:sales-chart\"", withChart.Html);
        Assert.Equal([("sales-chart", "image/png"), (null, "application/pdf")], withChart.Attachments.Select(a => (a.ContentId, a.ContentType)));
    }

    [Fact]
    public async Task While_the_first_orders_sync_is_still_reading_the_digest_says_its_figures_are_partial_and_shows_no_change()
    {
        using var app = new SellerAppFactory();
        await SeedAsync(app, ordersSynced: false);
        var content = await app.Service<DigestLoader>().LoadAsync(DigestKind.Daily, Tuesday, CancellationToken.None);

        var mail = new DigestDraft(content, DigestTestSupport.PublicUrl).ToMail();

        Assert.False(content.OrdersLoaded);
        foreach (var body in new[] { mail.Html, mail.Text })
        {
            Assert.Contains("£25.50", body);
            Assert.Contains("first orders sync has not finished yet", body);
            Assert.DoesNotContain("+155%", body);
        }
    }

    internal static async Task SeedAsync(SellerAppFactory app, bool ordersSynced = true)
    {
        var dbs = app.Service<IDbContextFactory<SellerDb>>();
        await CatalogSeed.AddAsync(dbs, Enumerable.Range(1, 6).Select(n => CatalogSeed.Listing(n, l => l.Status = n == 4 ? "Inactive" : "Active")));
        await CatalogSeed.AddAsync(dbs,
        [
            CatalogSeed.Order("202-0000001", Utc(23, 10), "Shipped", ("SKU-00001", 2, 1000)),
            CatalogSeed.Order("202-0000002", Utc(23, 23, 30), "Unshipped", ("SKU-00002", 1, 550)),
            CatalogSeed.Order("202-0000003", Utc(24, 0, 10), "Shipped", ("SKU-00003", 1, 300)),
            CatalogSeed.Order("202-0000004", Utc(23, 12), "Canceled", ("SKU-00001", 5, 1000)),
            CatalogSeed.Order("202-0000005", Utc(16, 14), "Shipped", ("SKU-00001", 1, 1000)),
        ]);
        await using var db = await dbs.CreateDbContextAsync();
        db.CompetitionChanges.AddRange(
            new CompetitionChange { Kind = ChangeKind.BuyBoxLost, Asin = "B000000003", Sku = "SKU-00003", DetectedUtc = Utc(23, 12), Title = "Buy box lost on SKU-00003", Evidence = "{}", DedupKey = "c1" },
            new CompetitionChange { Kind = ChangeKind.NewSeller, Asin = "B000000001", Sku = "SKU-00001", DetectedUtc = Utc(22, 12), Title = "New seller on SKU-00001", Evidence = "{}", DedupKey = "c2" },
            new CompetitionChange { Kind = ChangeKind.NewSeller, Asin = "B000000002", Sku = null, DetectedUtc = Utc(25, 12), Title = "New seller on B000000002", Evidence = "{}", DedupKey = "c3" });
        db.ListingScoreHistory.AddRange(
            new StoredScorePoint { Sku = "SKU-00001", ScoreTenths = 800, AtUtc = Utc(20, 7) },
            new StoredScorePoint { Sku = "SKU-00001", ScoreTenths = 600, AtUtc = Utc(23, 8) },
            new StoredScorePoint { Sku = "SKU-00002", ScoreTenths = 800, AtUtc = Utc(20, 7) },
            new StoredScorePoint { Sku = "SKU-00002", ScoreTenths = 700, AtUtc = Utc(23, 8) },
            new StoredScorePoint { Sku = "SKU-00003", ScoreTenths = 900, AtUtc = Utc(20, 7) },
            new StoredScorePoint { Sku = "SKU-00003", ScoreTenths = 500, AtUtc = Utc(24, 1) });
        db.Alerts.AddRange(
            new Alert { Kind = "job.failed", Severity = AlertSeverity.Critical, Title = "Offers sync failed 3 times", DedupKey = "a1", Link = "/jobs", CreatedUtc = Utc(23, 5), LastSeenUtc = Utc(23, 5) },
            new Alert { Kind = "score.drop", Severity = AlertSeverity.Warning, Title = "Listing score dropped", DedupKey = "a2", CreatedUtc = Utc(23, 8), LastSeenUtc = Utc(23, 8) },
            new Alert { Kind = "job.failed", Severity = AlertSeverity.Critical, Title = "Backup failed", DedupKey = "a3", CreatedUtc = Utc(22, 2), LastSeenUtc = Utc(22, 2), AcknowledgedUtc = Utc(22, 9) });
        if (ordersSynced)
        {
            db.SyncStates.Add(new SellerConsole.Catalog.SyncState { Name = SellerConsole.Orders.OrdersSync.Name, LastAttemptUtc = Utc(24, 6), LastSuccessUtc = Utc(24, 6) });
        }
        db.JobRuns.AddRange(
            new JobRun { JobName = "offers-sync", Trigger = "schedule", StartedUtc = Utc(23, 5), FinishedUtc = Utc(23, 5, 1), Outcome = JobOutcome.Failed, Error = "HttpRequestException: 503" },
            new JobRun { JobName = "backup", Trigger = "schedule", StartedUtc = Utc(22, 2, 30), FinishedUtc = Utc(22, 2, 31), Outcome = JobOutcome.Failed, Error = "disk full" },
            new JobRun { JobName = "catalogue-sync", Trigger = "schedule", StartedUtc = Utc(23, 3, 15), FinishedUtc = Utc(23, 3, 20), Outcome = JobOutcome.Succeeded });
        await db.SaveChangesAsync();
    }
}
