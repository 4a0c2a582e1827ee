using System.Globalization;
using SellerConsole.Competition;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;
using SellerConsole.Shared;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Reports.Competition;

/// <summary>The competition report's one definition: columns, summary and chart for the page, PDF, Excel and CSV.</summary>
public static class CompetitionReportDefinition
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly ColumnTotal Sum = new ColumnTotal.Sum();
    private static readonly ColumnTotal Mean = new ColumnTotal.Average();
    private static readonly ColumnTotal None = new ColumnTotal.None();

    private static readonly IReadOnlyList<ReportColumn<KindRow>> KindColumns =
    [
        new("kind", "Change", ReportColumnKind.Text, k => k.Kind, new ColumnTotal.Label("Total")),
        new("changes", "Changes", ReportColumnKind.Count, k => k.Changes, Sum),
        new("asins", "ASINs", ReportColumnKind.Count, k => k.Asins, None),
        new("sellers", "Sellers", ReportColumnKind.Count, k => k.Sellers, None),
    ];

    private static readonly IReadOnlyList<ReportColumn<ShareRow>> ShareColumns =
    [
        new("sku", "SKU", ReportColumnKind.Text, s => s.Sku, new ColumnTotal.Label("Average")),
        new("asin", "ASIN", ReportColumnKind.Text, s => s.Asin, None),
        new("title", "Title", ReportColumnKind.Text, s => s.Title, None),
        new("ours", "Buy box ours", ReportColumnKind.Percent, s => s.Ours, Mean),
        new("others", "Another seller", ReportColumnKind.Percent, s => s.Others, Mean),
        new("nobody", "Nobody / unknown", ReportColumnKind.Percent, s => s.Nobody, Mean),
        new("lost", "Lost", ReportColumnKind.Count, s => s.Lost, Sum),
        new("won", "Won", ReportColumnKind.Count, s => s.Won, Sum),
        new("changes", "Changes", ReportColumnKind.Count, s => s.Changes, Sum),
    ];

    private static readonly IReadOnlyList<ReportColumn<RivalRow>> RivalColumns =
    [
        new("seller", "Seller", ReportColumnKind.Text, r => r.SellerId, new ColumnTotal.Label("Total")),
        new("moves", "Moves", ReportColumnKind.Count, r => r.Moves, Sum),
        new("undercuts", "Undercut us", ReportColumnKind.Count, r => r.Undercuts, Sum),
        new("joined", "Joined", ReportColumnKind.Count, r => r.Joined, Sum),
        new("left", "Left", ReportColumnKind.Count, r => r.Left, Sum),
        new("buyBoxes", "Took our buy box", ReportColumnKind.Count, r => r.BuyBoxesTaken, Sum),
        new("asins", "ASINs", ReportColumnKind.Count, r => r.Asins, None),
        new("biggestCut", "Biggest cut", ReportColumnKind.Money, r => r.BiggestCut, None),
        new("deepest", "Most below us", ReportColumnKind.Money, r => r.DeepestBelowUs, None),
    ];

    private static readonly IReadOnlyList<ReportColumn<ChangeRow>> ChangeColumns =
    [
        new("day", "Day", ReportColumnKind.Date, c => ReportPeriod.UkDay(c.DetectedUtc), None),
        new("time", "Time (UK)", ReportColumnKind.Text, c => UkTime.FromUtc(c.DetectedUtc).ToString("HH:mm", EnGb), None),
        new("kind", "Change", ReportColumnKind.Text, c => c.Kind, None),
        new("asin", "ASIN", ReportColumnKind.Text, c => c.Asin, None),
        new("sku", "SKU", ReportColumnKind.Text, c => c.Sku, None),
        new("seller", "Seller", ReportColumnKind.Text, c => c.SellerId, None),
        new("title", "What happened", ReportColumnKind.Text, c => c.Title, None),
    ];

    public static ReportDocument Document(CompetitionReport report) => new(CompetitionReport.Title, report.Period.Label,
        $"competition-{report.Period.From:yyyy-MM-dd}-to-{report.Period.To:yyyy-MM-dd}",
        [
            ReportSection.Of("Changes by kind", KindColumns, report.Kinds),
            ReportSection.Of("Buy-box share", ShareColumns, report.Shares),
            ReportSection.Of("Rivals", RivalColumns, report.Rivals),
            ReportSection.Of("Changes", ChangeColumns, report.Changes),
        ]);

    public static IReadOnlyList<SummaryFigure> Summary(CompetitionReport report)
    {
        var known = report.Shares.Where(s => s.Ours is not null).ToList();
        var top = report.Rivals.FirstOrDefault();
        var cut = report.Rivals.Where(r => r.BiggestCut is not null).MaxBy(r => r.BiggestCut);
        return
        [
            new("Changes", report.Changes.Count.ToString("N0", EnGb), report.Kinds.Count == 0 ? "none detected" : $"most: {report.Kinds[0].Kind} ({report.Kinds[0].Changes:N0})"),
            new("Buy box ours", known.Count == 0 ? "—" : known.Average(s => s.Ours!.Value).ToString("P1", EnGb),
                known.Count == 0 ? "no buy-box history in the period" : $"mean over {known.Count:N0} ASIN(s)"),
            new("Rivals that moved", report.Rivals.Count.ToString("N0", EnGb), top is null ? "none" : $"most: {top.SellerId} ({top.Moves:N0} moves)"),
            new("Biggest cut", cut is null ? "—" : Money.Format(cut.BiggestCut!.Value), cut is null ? "no undercut with a previous price" : $"by {cut.SellerId}"),
        ];
    }

    /// <summary>Changes per UK day, one series per kind seen in the period.</summary>
    public static ChartSpec Chart(CompetitionReport report)
    {
        var days = report.Period.Buckets(ProfitGrouping.Day).ToList();
        var counts = report.Daily.ToDictionary(d => (d.Day, d.Kind), d => d.Count);
        var kinds = report.Daily.Select(d => d.Kind).Distinct().Order().ToList();
        return new ChartSpec
        {
            Kind = ChartKind.Bar,
            Times = TimeFormat.Day,
            Height = 220,
            Legend = true,
            Zoom = days.Count > 45,
            Series = [.. kinds.Select(k => new ChartSeriesSpec(k.Label(),
                [.. days.Select(d => ChartDatum.At(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), counts.GetValueOrDefault((d, k))))]))],
        };
    }

    public static PrintableReport View(CompetitionReport report)
    {
        var notes = report.HasData ? [] : new[]
        {
            $"No competition data for this period: no change was detected between {report.Period.Label} and no buy-box history covers it. " +
            "Changes are recorded when the offers sync sees the market move.",
        };
        notes = [.. notes, "Buy-box shares are of the part of the period the console has history for (from a listing's first observation)."];
        return PrintableReport.Of(Document(report), Summary(report), [new PrintChart("Changes per UK day by kind", Chart(report))], notes) with
        {
            EmptyText = new Dictionary<string, string>
            {
                ["Changes by kind"] = "No changes detected in this period.",
                ["Buy-box share"] = "No listings yet.",
                ["Rivals"] = "No rival moved in this period.",
                ["Changes"] = "No changes detected in this period.",
            },
        };
    }
}
