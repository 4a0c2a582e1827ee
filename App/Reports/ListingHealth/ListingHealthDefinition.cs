using System.Globalization;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.Rendering;
using SellerConsole.Shared;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Reports.ListingHealth;

/// <summary>The listing health report's one definition: columns, summary and chart for the page, PDF, Excel and CSV.</summary>
public static class ListingHealthDefinition
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly ColumnTotal Sum = new ColumnTotal.Sum();
    private static readonly ColumnTotal Mean = new ColumnTotal.Average();
    private static readonly ColumnTotal None = new ColumnTotal.None();

    private static IReadOnlyList<ReportColumn<HealthRow>> RowColumns(string total) =>
    [
        new("sku", "SKU", ReportColumnKind.Text, r => r.Sku, new ColumnTotal.Label(total)),
        new("title", "Title", ReportColumnKind.Text, r => r.Title, None),
        new("score", "Score", ReportColumnKind.Number, r => r.Score, Mean),
        new("grade", "Grade", ReportColumnKind.Text, r => r.Grade, None),
        new("previous", "Score before", ReportColumnKind.Number, r => r.Previous, Mean),
        new("change", "Change", ReportColumnKind.Number, r => r.Change, Mean),
        new("findings", "Findings", ReportColumnKind.Count, r => r.Findings, Sum),
        new("worst", "Worst", ReportColumnKind.Text, r => r.Worst, None),
        new("fixFirst", "Fix first", ReportColumnKind.Text, r => r.FixFirst, None),
    ];

    private static readonly IReadOnlyList<ReportColumn<FixRow>> FixColumns =
    [
        new("sku", "SKU", ReportColumnKind.Text, f => f.Sku, None),
        new("rank", "#", ReportColumnKind.Count, f => f.Rank, None),
        new("severity", "Severity", ReportColumnKind.Text, f => f.Severity, None),
        new("section", "Section", ReportColumnKind.Text, f => f.Section, None),
        new("points", "Points lost", ReportColumnKind.Number, f => f.PointsLost, None),
        new("problem", "Problem", ReportColumnKind.Text, f => f.Problem, None),
        new("fix", "Fix", ReportColumnKind.Text, f => f.Fix, None),
    ];

    private static readonly IReadOnlyList<ReportColumn<GradeRow>> GradeColumns =
    [
        new("grade", "Grade", ReportColumnKind.Text, g => g.Grade, new ColumnTotal.Label("Total")),
        new("range", "Score", ReportColumnKind.Text, g => g.Range, None),
        new("listings", "Listings", ReportColumnKind.Count, g => g.Listings, Sum),
        new("average", "Average score", ReportColumnKind.Number, g => g.AverageScore, None),
    ];

    public static ReportDocument Document(ListingHealthReport report) => new(ListingHealthReport.Title, Subtitle(report),
        $"listing-health-{report.Period.From:yyyy-MM-dd}-to-{report.Period.To:yyyy-MM-dd}",
        [
            ReportSection.Of("Listings", RowColumns("Average"), report.Rows),
            ReportSection.Of("Fix first", FixColumns, report.Fixes),
            ReportSection.Of("By grade", GradeColumns, report.Grades),
            ReportSection.Of("Biggest drops", RowColumns("Average"), report.Drops),
        ]);

    /// <summary>Scores are as of now; the change is against each listing's last score before the period began.</summary>
    public static string Subtitle(ListingHealthReport report) =>
        $"Scores as of {UkTime.FromUtc(report.TakenUtc).ToString("d MMM yyyy HH:mm", EnGb)} · change since {report.Period.From.ToString("d MMM yyyy", EnGb)} ({report.Period.Label})";

    public static IReadOnlyList<SummaryFigure> Summary(ListingHealthReport report)
    {
        var worst = report.Drops.FirstOrDefault();
        return
        [
            new("Listings scored", report.Rows.Count.ToString("N0", EnGb), string.Join(" · ", report.Grades.Select(g => $"{g.Grade} {g.Listings:N0}"))),
            new("Average score", report.AverageScore is { } a ? a.ToString("N1", EnGb) : "—", "out of 100"),
            new("Scores down", report.Rows.Count(r => r.Change < 0).ToString("N0", EnGb),
                worst is null ? "no score fell" : $"biggest: {worst.Sku} {worst.Change!.Value.ToString("+0.0;-0.0", EnGb)}"),
            new("Scores up", report.Rows.Count(r => r.Change > 0).ToString("N0", EnGb), $"{report.Rows.Count(r => r.Previous is null):N0} first scored since"),
        ];
    }

    public static ChartSpec Chart(ListingHealthReport report) => new()
    {
        Kind = ChartKind.Bar,
        Values = ValueFormat.Count,
        Height = 200,
        Series = [new("Listings", [.. report.Grades.Select(g => ChartDatum.For($"Grade {g.Grade} ({g.Range})", g.Listings))], "var(--mud-palette-primary)")],
    };

    public static PrintableReport View(ListingHealthReport report)
    {
        var notes = report.Rows.Count == 0
            ? new[] { "No listing health data: no listing has been scored yet. Scores appear once the Listing scores job has run (Jobs page) after a catalogue sync." }
            : [];
        return PrintableReport.Of(Document(report), Summary(report), [new PrintChart("Listings by grade", Chart(report))], notes) with
        {
            EmptyText = new Dictionary<string, string>
            {
                ["Listings"] = "No listing has been scored yet.",
                ["Fix first"] = "Nothing to fix.",
                ["Biggest drops"] = "No score fell since the period began.",
            },
        };
    }
}
