using Microsoft.EntityFrameworkCore;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Reports.Competition;
using SellerConsole.Reports.Profit;
using SellerConsole.Tests.Support;
using static SellerConsole.Tests.Reports.ReportSeed;

namespace SellerConsole.Tests.Reports;

/// <summary>
/// The competition report over hand-worked changes (10-11 Feb 2025, UK days are UTC days in February): S1 undercuts CP-A
/// (£11.50 -> £9.00, £1.00 below our £10.00) and takes its buy box, S2 joins CP-B and undercuts it, S1 cuts CP-B £5.40 -> £4.90,
/// we win CP-A back, S3 leaves CP-B; a rank jump on 9 Feb and a new seller on 12 Feb are outside the period.
/// </summary>
public sealed class CompetitionReportTests(SharedAppFactory app) : IClassFixture<SharedAppFactory>
{
    private static readonly ReportPeriod Period = new(new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 11));

    private async Task SeedAsync()
    {
        var dbs = app.Service<IDbContextFactory<SellerDb>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            if (await db.CompetitionChanges.AnyAsync()) return;
        }
        await CatalogSeed.AddAsync(dbs,
        [
            CatalogSeed.Listing(1, l => { l.Sku = "CP-A"; l.Asin = "B0CPA00001"; l.Title = "Listing A"; }),
            CatalogSeed.Listing(2, l => { l.Sku = "CP-B"; l.Asin = "B0CPB00002"; l.Title = "+Listing B"; }),
            CatalogSeed.Listing(3, l => { l.Sku = "CP-C"; l.Asin = "B0CPC00003"; l.Title = "Listing C"; }),
        ]);
        await ChangeAsync(dbs, Utc(2025, 2, 10, 9), ChangeKind.CompetitorBelowUs, "B0CPA00001", "CP-A", "S1", "S1 is £1.00 below us on B0CPA00001",
            ("seller", "S1"), ("their landed", "£9.00"), ("our price", "£10.00"), ("their previous", "£11.50"));
        await ChangeAsync(dbs, Utc(2025, 2, 10, 10), ChangeKind.BuyBoxLost, "B0CPA00001", "CP-A", "S1", "Buy box lost on B0CPA00001 to S1", ("winner", "S1"));
        await ChangeAsync(dbs, Utc(2025, 2, 10, 14), ChangeKind.NewSeller, "B0CPB00002", "CP-B", "S2", "New seller S2 on B0CPB00002 at £5.00", ("landed", "£5.00"));
        await ChangeAsync(dbs, Utc(2025, 2, 11, 8), ChangeKind.CompetitorBelowUs, "B0CPB00002", "CP-B", "S2", "S2 is £0.70 below us on B0CPB00002",
            ("their landed", "£4.50"), ("our price", "£5.20"), ("their previous", "not listed"));
        await ChangeAsync(dbs, Utc(2025, 2, 11, 9), ChangeKind.CompetitorBelowUs, "B0CPB00002", "CP-B", "S1", "=S1 is £0.30 below us",
            ("their landed", "£4.90"), ("our price", "£5.20"), ("their previous", "£5.40"));
        await ChangeAsync(dbs, Utc(2025, 2, 11, 12), ChangeKind.BuyBoxWon, "B0CPA00001", "CP-A", null, "Buy box won on B0CPA00001");
        await ChangeAsync(dbs, Utc(2025, 2, 11, 16), ChangeKind.CompetitorOutOfStock, "B0CPB00002", "CP-B", "S3", "S3 left B0CPB00002 (out of stock)");
        await ChangeAsync(dbs, Utc(2025, 2, 9, 16), ChangeKind.SalesRankJump, "B0CPA00001", "CP-A", null, "Sales rank fell");
        await ChangeAsync(dbs, Utc(2025, 2, 12, 1), ChangeKind.NewSeller, "B0CPA00001", "CP-A", "S4", "New seller S4");
        var history = app.Service<HistoryStore>();
        // CP-A: ours until 10 Feb 10:00, S1's until 11 Feb 12:00, ours again: 22 of 48 hours ours, 26 another seller's.
        await BuyBoxAsync(history, "B0CPA00001", (Utc(2025, 2, 9, 0), 1), (Utc(2025, 2, 10, 10), 0), (Utc(2025, 2, 11, 12), 1));
        // CP-B: first seen at 06:00 with nobody holding it until 12:00, then another seller's: 36 of the 42 hours it was seen.
        await BuyBoxAsync(history, "B0CPB00002", (Utc(2025, 2, 10, 6), null), (Utc(2025, 2, 10, 12), 0));
    }

    [Fact]
    public async Task Kinds_shares_and_rivals_match_the_hand_worked_changes()
    {
        await SeedAsync();

        var report = await app.Service<CompetitionReportService>().ReportAsync(Period, default);

        Assert.Equal(7, report.Changes.Count);
        Assert.Equal([new KindRow("Undercut", 3, 2, 2), new KindRow("Buy box lost", 1, 1, 1), new KindRow("Buy box won", 1, 1, 0),
            new KindRow("New seller", 1, 1, 1), new KindRow("Out of stock", 1, 1, 1)], report.Kinds);
        Assert.Equal([
            new RivalRow("S1", 3, 2, 0, 0, 1, 2, 2.50m, 1.00m),
            new RivalRow("S2", 2, 1, 1, 0, 0, 1, null, 0.70m),
            new RivalRow("S3", 1, 0, 0, 1, 0, 1, null, null)], report.Rivals);
        Assert.Equal(["CP-B", "CP-A", "CP-C"], report.Shares.Select(s => s.Sku));
        Assert.Equal(new ShareRow("CP-B", "B0CPB00002", "+Listing B", 0m, 0.8571m, 0.1429m, 0, 0, 4), report.Shares[0]);
        Assert.Equal(new ShareRow("CP-A", "B0CPA00001", "Listing A", 0.4583m, 0.5417m, 0m, 1, 1, 3), report.Shares[1]);
        Assert.Equal(new ShareRow("CP-C", "B0CPC00003", "Listing C", null, null, null, 0, 0, 0), report.Shares[2]);
        Assert.Equal([(new DateOnly(2025, 2, 10), 3), (new DateOnly(2025, 2, 11), 4)],
            report.Daily.GroupBy(d => d.Day).Select(g => (g.Key, g.Sum(d => d.Count))));
    }

    [Fact]
    public async Task The_api_serves_every_format_with_the_same_figures_and_a_chart()
    {
        await SeedAsync();
        var client = await app.CreateSignedInClientAsync();

        var files = await ReportDownloads.GetAsync(client, "/api/v1/reports/competition?from=2025-02-10&to=2025-02-11", "competition-2025-02-10-to-2025-02-11");

        Assert.Equal(7, files.Json.GetProperty("changes").GetArrayLength());
        Assert.Equal(2.50m, files.Json.GetProperty("rivals")[0].GetProperty("biggestCut").GetDecimal());

        Assert.Contains(files.CsvLines, l => l.StartsWith("Undercut,3,2,2", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("Total,7,,", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("CP-A,B0CPA00001,Listing A,0.4583,0.5417,0,1,1,3", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("CP-B,B0CPB00002,'+Listing B,0,0.8571,0.1429,0,0,4", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("Average,,,0.2292,0.6994,0.0715,1,1,7", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("S1,3,2,0,0,1,2,2.50,1.00", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("11/02/2025,09:00,Undercut,B0CPB00002,CP-B,S1,'=S1 is £0.30 below us", StringComparison.Ordinal));

        Assert.Equal(["Changes by kind", "Buy-box share", "Rivals", "Changes"], files.Workbook.GetProperty("sheets").EnumerateArray().Select(s => s.GetString()));
        var s1 = files.SheetRow("Rivals", "S1");
        Assert.Equal((2.50m, "£#,##0.00;-£#,##0.00"), (ReportDownloads.Number(s1[7])!.Value, s1[7].GetProperty("fmt").GetString()));
        var average = files.SheetRow("Buy-box share", "Average");
        Assert.Equal(0.22915m, ReportDownloads.Number(average[3], "cached"));
        Assert.Equal(7m, ReportDownloads.Number(files.SheetRow("Changes by kind", "Total")[1], "cached"));

        Assert.Contains("Competition", files.PdfText);
        Assert.Matches(@"S1\s+3\s+2\s+0\s+0\s+1\s+2\s+£2\.50\s+£1\.00", files.PdfText);
        Assert.Matches(@"CP-A\s+B0CPA00001\s+Listing A\s+45\.8%\s+54\.2%\s+0\.0%\s+1\s+1\s+3", files.PdfText);
        Assert.Contains("CHANGES PER UK DAY BY KIND", files.PdfText.ToUpperInvariant());
        // The chart is drawn: its day labels are text in the PDF.
        Assert.Contains("10 Feb", files.PdfText);
    }

    [Fact]
    public void Evidence_prices_are_read_in_pounds_and_anything_else_is_no_price()
    {
        var change = new ChangeRecord(Utc(2025, 2, 10), ChangeKind.CompetitorBelowUs, "A", null, "S", "t",
            new Dictionary<string, string> { ["their landed"] = "£1,234.50", ["their previous"] = "not listed" });

        Assert.Equal(1234.50m, CompetitionReportBuilder.Pounds(change, "their landed"));
        Assert.Null(CompetitionReportBuilder.Pounds(change, "their previous"));
        Assert.Null(CompetitionReportBuilder.Pounds(change, "our price"));
    }
}
