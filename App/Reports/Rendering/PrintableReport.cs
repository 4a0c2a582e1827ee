using SellerConsole.Reports.Export;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Reports.Rendering;

/// <summary>One headline figure of a report, as the page's summary cards show it.</summary>
public sealed record SummaryFigure(string Label, string Value, string? Note = null);

/// <summary>A chart of a report, drawn as inline SVG when printed.</summary>
public sealed record PrintChart(string Title, ChartSpec Spec);

/// <summary>
/// Everything a printed report shows, from the same definition the page and the files use: its
/// name and period, the summary cards, charts, the sections (tables) and any notes ("no data yet").
/// </summary>
public sealed record PrintableReport(
    string Title,
    string Period,
    IReadOnlyList<SummaryFigure> Summary,
    IReadOnlyList<PrintChart> Charts,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<string> Notes)
{
    /// <summary>What a table with no rows says, per section name (default: "Nothing in this period.").</summary>
    public IReadOnlyDictionary<string, string> EmptyText { get; init; } = new Dictionary<string, string>();

    public string FileStem { get; init; } = "report";

    public static PrintableReport Of(ReportDocument document, IReadOnlyList<SummaryFigure> summary, IReadOnlyList<PrintChart> charts, params string[] notes) =>
        new(document.Title, document.Subtitle, summary, charts, document.Sections, notes) { FileStem = document.FileStem };
}
