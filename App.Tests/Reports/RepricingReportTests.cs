using Microsoft.EntityFrameworkCore;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Repricing;
using SellerConsole.Tests.Support;
using static SellerConsole.Tests.Reports.ReportSeed;

namespace SellerConsole.Tests.Reports;

/// <summary>
/// The repricing activity report over a hand-worked shop (10-11 Feb 2025, GMT so UK days are UTC days; before = 8-9 Feb):
/// RP-A is cut 10.00 -> 9.50 (confirmed), raised 9.50 -> 9.80 (accepted), then held by the cooldown; a dry run and a change on
/// 12 Feb do not count. RP-B's change 20.00 -> 19.00 failed (listed, not counted), it was refused for having no floor, and the
/// owner set 20.00 -> 21.00 by hand. RP-C only had "no change" records.
/// </summary>
public sealed class RepricingReportTests(SharedAppFactory app) : IClassFixture<SharedAppFactory>
{
    private static readonly ReportPeriod Period = new(new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 11));
    private const string Url = "/api/v1/reports/repricing?from=2025-02-10&to=2025-02-11";

    private async Task SeedAsync()
    {
        var dbs = app.Service<IDbContextFactory<SellerDb>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            if (await db.PriceDecisions.AnyAsync()) return;
        }
        await CatalogSeed.AddAsync(dbs,
        [
            CatalogSeed.Listing(1, l => { l.Sku = "RP-A"; l.Asin = "B0RPA00001"; l.Title = "Screws A"; }),
            CatalogSeed.Listing(2, l => { l.Sku = "RP-B"; l.Asin = "B0RPB00002"; l.Title = "=Screws B"; }),
            CatalogSeed.Listing(3, l => { l.Sku = "RP-C"; l.Asin = "B0RPC00003"; }),
        ]);
        await DecisionAsync(dbs, Utc(2025, 2, 10, 9), "RP-A", DecisionOutcome.Change, DecisionStatus.Pushed, 1_000, 950, push: PushState.Verified,
            sentence: "Beat the featured offer £9.51 by 1p -> £9.50; floor £8.00 not reached");
        await DecisionAsync(dbs, Utc(2025, 2, 10, 15), "RP-A", DecisionOutcome.Change, DecisionStatus.Pushed, 950, 980, push: PushState.Accepted, guard: GuardKind.MaxStep);
        await DecisionAsync(dbs, Utc(2025, 2, 11, 9), "RP-A", DecisionOutcome.Hold, DecisionStatus.Recorded, 980, 980, DecisionReason.Cooldown,
            sentence: "held at £9.80: cooldown until 11:00");
        await DecisionAsync(dbs, Utc(2025, 2, 11, 10), "RP-A", DecisionOutcome.Change, DecisionStatus.DryRun, 980, 900);
        await DecisionAsync(dbs, Utc(2025, 2, 12, 9), "RP-A", DecisionOutcome.Change, DecisionStatus.Pushed, 980, 970, push: PushState.Verified);
        await DecisionAsync(dbs, Utc(2025, 2, 10, 12), "RP-B", DecisionOutcome.Change, DecisionStatus.Pushed, 2_000, 1_900, push: PushState.Failed);
        await DecisionAsync(dbs, Utc(2025, 2, 11, 12), "RP-B", DecisionOutcome.Refused, DecisionStatus.Recorded, 2_000, 2_000, DecisionReason.NoFloor);
        await ManualPushAsync(dbs, Utc(2025, 2, 11, 13), "RP-B", 2_000, 2_100, PushState.Verified);
        await DecisionAsync(dbs, Utc(2025, 2, 10, 8), "RP-C", DecisionOutcome.NoChange, DecisionStatus.Recorded, 700, 700);
        // RP-A's buy box: someone else's on 8 Feb, ours from 9 Feb, lost 10 Feb 12:00, ours again from 11 Feb: 50% before, 75% during.
        await BuyBoxAsync(app.Service<HistoryStore>(), "B0RPA00001", (Utc(2025, 2, 8, 0), 0), (Utc(2025, 2, 9, 0), 1), (Utc(2025, 2, 10, 12), 0), (Utc(2025, 2, 11, 0), 1));
        await CatalogSeed.AddAsync(dbs,
        [
            CatalogSeed.Order("RP-O1", Utc(2025, 2, 8), "Shipped", ("RP-A", 2, 1_000)),
            CatalogSeed.Order("RP-O2", Utc(2025, 2, 9), "Shipped", ("RP-A", 1, 1_000)),
            CatalogSeed.Order("RP-O3", Utc(2025, 2, 9), "Canceled", ("RP-A", 5, 1_000)),
            CatalogSeed.Order("RP-O4", Utc(2025, 2, 10, 18), "Shipped", ("RP-A", 4, 950)),
            CatalogSeed.Order("RP-O5", Utc(2025, 2, 11), "Shipped", ("RP-B", 3, 2_100)),
        ]);
    }

    [Fact]
    public async Task Changes_holds_buy_box_and_units_match_the_hand_worked_shop()
    {
        await SeedAsync();

        var report = await app.Service<RepricingReportService>().ReportAsync(Period, default);

        Assert.Equal(new ReportPeriod(new DateOnly(2025, 2, 8), new DateOnly(2025, 2, 9)), report.Before);
        Assert.Equal((4, 3, 2, 1, 2), (report.Changes.Count, report.Counted, report.Up, report.Down, report.Held));
        Assert.Equal(["RP-A", "RP-B"], report.Skus.Select(s => s.Sku));
        var a = report.Skus[0];
        Assert.Equal((2, 1, 1, 1, 10.00m, 9.80m, -0.20m), (a.Changes, a.Up, a.Down, a.Held, a.FirstPrice, a.LastPrice, a.NetChange));
        Assert.Equal(new WindowFigures(0.5, 3), a.Before);
        Assert.Equal(new WindowFigures(0.75, 4), a.After);
        Assert.Equal("held at £9.80: cooldown until 11:00", a.LastReason);
        var b = report.Skus[1];
        Assert.Equal((1, 1, 0, 1, 20.00m, 21.00m, "=Screws B"), (b.Changes, b.Up, b.Down, b.Held, b.FirstPrice, b.LastPrice, b.Title));
        Assert.Equal(new WindowFigures(null, 0), b.Before);
        Assert.Equal(new WindowFigures(null, 3), b.After);

        var failed = report.Changes.Single(c => c.Sku == "RP-B" && c.By != "Owner");
        Assert.Equal(("Failed", false, -1.00m), (failed.Sent, failed.Effective, failed.Change));
        var first = report.Changes[0];
        Assert.Equal(("RP-A", "Beat the buy box", "Confirmed on Amazon", -0.05m), (first.Sku, first.By, first.Sent, Math.Round(first.ChangeShare!.Value, 4)));
        Assert.Contains("Beat the featured offer", first.Reason);
        Assert.Equal("Max step", report.Changes[2].Guard);
        Assert.Equal([new HoldRow("Cooldown", 1, 1), new HoldRow("No floor price", 1, 1)], report.Holds);
    }

    [Fact]
    public async Task The_api_serves_every_format_with_the_same_figures()
    {
        await SeedAsync();
        var client = await app.CreateSignedInClientAsync();

        var files = await ReportDownloads.GetAsync(client, Url, "repricing-2025-02-10-to-2025-02-11");

        Assert.Equal(3, files.Json.GetProperty("counted").GetInt32());
        var skus = files.Json.GetProperty("skus").EnumerateArray().ToDictionary(s => s.GetProperty("sku").GetString()!);
        Assert.Equal(0.75, skus["RP-A"].GetProperty("after").GetProperty("buyBoxShare").GetDouble());

        Assert.Contains("Repricing activity,10 Feb 2025 to 11 Feb 2025 · before = 8 Feb 2025 to 9 Feb 2025", files.CsvLines[0]);
        Assert.StartsWith("RP-A,Screws A,2,1,1,1,10.00,9.80,-0.20,0.5,0.75,3,4,", string.Join(",", files.CsvRow("RP-A")));
        Assert.Contains(files.CsvLines, l => l.StartsWith("RP-B,'=Screws B,1,1,0,1,20.00,21.00,1.00,,,0,3,", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("Total,,3,2,1,2,,,,0.5,0.75,3,7,", StringComparison.Ordinal));
        Assert.Contains(files.CsvLines, l => l.StartsWith("10/02/2025,09:00,RP-A,Beat the buy box,10.00,9.50,-0.50,-0.05,Confirmed on Amazon,", StringComparison.Ordinal));

        Assert.Equal(["By SKU", "Price changes", "Holds by reason"], files.Workbook.GetProperty("sheets").EnumerateArray().Select(s => s.GetString()));
        var row = files.SheetRow("By SKU", "RP-A");
        Assert.Equal((10.00m, 0.75m, 4m), (ReportDownloads.Number(row[6])!.Value, ReportDownloads.Number(row[10])!.Value, ReportDownloads.Number(row[12])!.Value));
        Assert.Equal("0.0%", row[10].GetProperty("fmt").GetString());
        var total = files.SheetRow("By SKU", "Total");
        Assert.StartsWith("=SUM(C5:C6)", total[2].GetProperty("v").GetString());
        Assert.Equal(3m, ReportDownloads.Number(total[2], "cached"));
        Assert.StartsWith("=IF(COUNT(J5:J6)=0", total[9].GetProperty("v").GetString());
        Assert.Equal(0.5m, ReportDownloads.Number(total[9], "cached"));
        Assert.Equal("A5", files.Workbook.GetProperty("By SKU").GetProperty("freeze").GetString());
        Assert.Equal("A4:N6", files.Workbook.GetProperty("By SKU").GetProperty("filter").GetString());

        Assert.Contains("Repricing activity", files.PdfText);
        Assert.Contains("before = 8 Feb 2025 to 9 Feb 2025", files.PdfText);
        Assert.Matches(@"RP-A\s+Screws A\s+2\s+1\s+1\s+1\s+£10\.00\s+£9\.80\s+-£0\.20\s+50\.0%\s+75\.0%\s+3\s+4", files.PdfText);
        Assert.Contains("PRICE CHANGES PER UK DAY", files.PdfText.ToUpperInvariant());
        Assert.Contains("Cooldown", files.PdfText);
    }

    [Fact]
    public async Task A_period_with_no_repricer_records_says_so_in_words_on_every_shape()
    {
        await SeedAsync();
        var client = await app.CreateSignedInClientAsync();

        var files = await ReportDownloads.GetAsync(client, "/api/v1/reports/repricing?from=2025-01-01&to=2025-01-31", "repricing-2025-01-01-to-2025-01-31");

        Assert.False(files.Json.GetProperty("hasData").GetBoolean());
        Assert.Contains("No repricing data for this period", files.PdfText);
        Assert.Contains("No price changes in this period.", files.PdfText);
        var view = RepricingReportDefinition.View(await app.Service<RepricingReportService>().ReportAsync(new ReportPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), default));
        Assert.StartsWith("No repricing data for this period: the repricer changed no price and held none between 1 Jan 2025 to 31 Jan 2025", view.Notes[0]);
    }

    [Fact]
    public void A_repricer_that_never_ran_is_named_as_the_reason_for_no_data()
    {
        var report = RepricingActivityBuilder.Build(Period, everDecided: false, [], [], new Dictionary<string, string>(), _ => new(null, 0), _ => new(null, 0));

        var view = RepricingReportDefinition.View(report);

        Assert.False(report.HasData);
        Assert.StartsWith("No repricing data: the repricer has not decided any price yet.", view.Notes[0]);
        Assert.Contains("Before is the 2 day(s) just before the period (8 Feb 2025 to 9 Feb 2025)", view.Notes[1]);
        Assert.All(view.Sections, s => Assert.Empty(s.Rows));
    }
}
