using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Reports.ListingHealth;
using SellerConsole.Reports.Profit;
using SellerConsole.Scoring;
using SellerConsole.Tests.Support;
using static SellerConsole.Tests.Reports.ReportSeed;

namespace SellerConsole.Tests.Reports;

/// <summary>
/// Listing health over four hand-worked listings (period 10-11 Feb 2025): LH-A fell from 75.0 (its last score before
/// 10 Feb) to 62.5; LH-B rose 90.0 -> 92.0; LH-C was first scored on 10 Feb; LH-D's last score before the period is 78.0, as now.
/// </summary>
public sealed class ListingHealthReportTests(SharedAppFactory app) : IClassFixture<SharedAppFactory>
{
    private static readonly ReportPeriod Period = new(new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 11));

    private static readonly Finding[] AFindings =
    [
        Finding("title.length.max", Severity.Major, ScoreSection.Content, 10.0m, "Title too long"),
        Finding("bullets.count", Severity.Minor, ScoreSection.Content, 8.0m, "Only three bullets"),
        Finding("images.count", Severity.Minor, ScoreSection.Media, 5.0m, "Too few images"),
        Finding("description.length", Severity.Minor, ScoreSection.Content, 2.0m, "Short description"),
    ];

    private async Task SeedAsync()
    {
        var dbs = app.Service<IDbContextFactory<SellerDb>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            if (await db.ListingScores.AnyAsync()) return;
        }
        await CatalogSeed.AddAsync(dbs,
        [
            CatalogSeed.Listing(1, l => { l.Sku = "LH-A"; l.Title = "Title A"; }),
            CatalogSeed.Listing(2, l => { l.Sku = "LH-B"; l.Title = "@Bolts"; }),
            CatalogSeed.Listing(3, l => { l.Sku = "LH-C"; l.Title = "Title C"; }),
            CatalogSeed.Listing(4, l => { l.Sku = "LH-D"; l.Title = "Title D"; }),
        ]);
        await ScoreAsync(dbs, "LH-A", 62.5m, AFindings, (Utc(2025, 2, 1), 80.0m), (Utc(2025, 2, 5), 75.0m), (Utc(2025, 2, 10, 10), 62.5m));
        await ScoreAsync(dbs, "LH-B", 92.0m, [Finding("images.main", Severity.Minor, ScoreSection.Media, 8.0m, "Main image not white")],
            (Utc(2025, 2, 3), 90.0m), (Utc(2025, 2, 11), 92.0m));
        await ScoreAsync(dbs, "LH-C", 40.0m,
        [
            Finding("amazon.issue", Severity.Blocking, ScoreSection.Overall, 30.0m, "Suppressed by Amazon"),
            Finding("title.length.min", Severity.Major, ScoreSection.Content, 20.0m, "Title too short"),
            Finding("images.count", Severity.Minor, ScoreSection.Media, 10.0m, "Too few images"),
        ], (Utc(2025, 2, 10, 8), 40.0m));
        await ScoreAsync(dbs, "LH-D", 78.0m, [], (Utc(2025, 1, 1), 85.0m), (Utc(2025, 2, 9, 23, 59), 78.0m));
    }

    [Fact]
    public async Task Scores_grades_fixes_and_changes_match_the_hand_worked_listings()
    {
        await SeedAsync();

        var report = await app.Service<ListingHealthService>().ReportAsync(Period, default);

        Assert.Equal(["LH-C", "LH-A", "LH-D", "LH-B"], report.Rows.Select(r => r.Sku));
        var a = report.Rows[1];
        Assert.Equal((62.5m, "C", 75.0m, -12.5m, 4, "Major", "Title too long"), (a.Score, a.Grade, a.Previous, a.Change, a.Findings, a.Worst, a.FixFirst));
        var c = report.Rows[0];
        Assert.Equal(("D", null, null, "Blocking"), (c.Grade, c.Previous, c.Change, c.Worst));
        Assert.Equal((78.0m, 0.0m, "B"), (report.Rows[2].Previous!.Value, report.Rows[2].Change!.Value, report.Rows[2].Grade));
        Assert.Equal(("A", 2.0m), (report.Rows[3].Grade, report.Rows[3].Change!.Value));
        Assert.Equal(68.1m, report.AverageScore); // (62.5 + 92 + 40 + 78) / 4 = 68.125
        Assert.Equal([("A", 1), ("B", 1), ("C", 1), ("D", 1)], report.Grades.Select(g => (g.Grade, g.Listings)));
        Assert.Equal(["LH-A"], report.Drops.Select(d => d.Sku));
        // The first three findings of each listing, in the scorer's fix-first order.
        Assert.Equal(7, report.Fixes.Count);
        Assert.Equal(["Title too long", "Only three bullets", "Too few images"], report.Fixes.Where(f => f.Sku == "LH-A").Select(f => f.Problem));
        Assert.Equal((1, "Blocking", "Overall", 30.0m), report.Fixes.Where(f => f.Sku == "LH-C").Select(f => (f.Rank, f.Severity, f.Section, f.PointsLost)).First());
    }

    [Fact]
    public async Task The_api_serves_every_format_with_the_same_figures()
    {
        await SeedAsync();
        var client = await app.CreateSignedInClientAsync();

        var files = await ReportDownloads.GetAsync(client, "/api/v1/reports/listing-health?from=2025-02-10&to=2025-02-11", "listing-health-2025-02-10-to-2025-02-11");

        Assert.Equal(68.1m, files.Json.GetProperty("averageScore").GetDecimal());
        Assert.Equal(-12.5m, files.Json.GetProperty("drops")[0].GetProperty("change").GetDecimal());

        Assert.Contains(files.CsvLines, l => l.StartsWith("LH-A,Title A,62.5,C,75.0,-12.5,4,Major,Title too long", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("LH-B,'@Bolts,92.0,A,90.0,2.0,1,Minor,", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("LH-C,Title C,40.0,D,,,3,Blocking,", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("Average,,68.1,,81.0,-3.5,8,", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("LH-A,1,Major,Content,10.0,Title too long,", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("D,under 50,1,40.0", StringComparison.Ordinal));

        Assert.Equal(["Listings", "Fix first", "By grade", "Biggest drops"], files.Workbook.GetProperty("sheets").EnumerateArray().Select(s => s.GetString()));
        var row = files.SheetRow("Listings", "LH-A");
        Assert.Equal((62.5m, -12.5m, "0.0"), (ReportDownloads.Number(row[2])!.Value, ReportDownloads.Number(row[5])!.Value, row[2].GetProperty("fmt").GetString()));
        var average = files.SheetRow("Listings", "Average");
        Assert.Equal("=IF(COUNT(C5:C8)=0,\"\",AVERAGE(C5:C8))", average[2].GetProperty("v").GetString());
        Assert.Equal(68.125m, ReportDownloads.Number(average[2], "cached"));
        Assert.Equal(-3.5m, ReportDownloads.Number(average[5], "cached"));
        Assert.Equal(8m, ReportDownloads.Number(average[6], "cached"));
        var bolts = files.SheetRow("Listings", "LH-B")[1];
        Assert.Equal(("s", true), (bolts.GetProperty("t").GetString(), bolts.GetProperty("quote").GetBoolean()));

        Assert.Contains("Listing health", files.PdfText);
        Assert.Matches(@"LH-A\s+Title A\s+62\.5\s+C\s+75\.0\s+-12\.5\s+4\s+Major\s+Title too long", files.PdfText);
        Assert.Contains("LISTINGS BY GRADE", files.PdfText.ToUpperInvariant());
        Assert.Contains("@Bolts", files.PdfText);
    }

    [Fact]
    public void No_scores_say_so_in_words()
    {
        var view = ListingHealthDefinition.View(ListingHealthReport.Build(Period, Utc(2025, 2, 12), []));

        Assert.StartsWith("No listing health data: no listing has been scored yet.", view.Notes[0]);
        Assert.Equal("No listing has been scored yet.", view.EmptyText["Listings"]);
    }

    [Theory]
    [InlineData(100, "A")]
    [InlineData(90, "A")]
    [InlineData(89.9, "B")]
    [InlineData(75, "B")]
    [InlineData(74.9, "C")]
    [InlineData(50, "C")]
    [InlineData(49.9, "D")]
    [InlineData(0, "D")]
    public void Grades_follow_the_scoring_pages_bands(decimal score, string grade) => Assert.Equal(grade, ListingHealthReport.GradeOf(score));
}
