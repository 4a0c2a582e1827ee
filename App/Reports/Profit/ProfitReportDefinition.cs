using SellerConsole.Reports.Export;

namespace SellerConsole.Reports.Profit;

/// <summary>
/// The one definition of the profit and loss report's columns: the page's table, the Excel sheets and
/// the CSV all come from these, so a column added here appears everywhere with the same figures.
/// Rows with no costed sales leave VAT, fees, costs, profit and margin blank and say why.
/// </summary>
public static class ProfitReportDefinition
{
    private static readonly ColumnTotal Sum = new ColumnTotal.Sum();
    private static readonly ColumnTotal None = new ColumnTotal.None();

    private static object? Costed(ProfitRow row, Func<ProfitFigures, decimal> value) =>
        row.Figures.HasCostedSales ? value(row.Figures) : null;

    public static IReadOnlyList<ReportColumn<ProfitRow>> Columns(ProfitGrouping by) =>
    [
        new("key", by == ProfitGrouping.Sku ? "SKU" : "Period start", by == ProfitGrouping.Sku ? ReportColumnKind.Text : ReportColumnKind.Date,
            r => by == ProfitGrouping.Sku ? r.Key : DateOnly.ParseExact(r.Key, "yyyy-MM-dd"), new ColumnTotal.Label("Total")),
        new("label", by == ProfitGrouping.Sku ? "Title" : "Period", ReportColumnKind.Text, r => r.Label, None),
        new("units", "Units", ReportColumnKind.Count, r => r.Figures.Units, Sum),
        new("revenue", "Revenue", ReportColumnKind.Money, r => r.Figures.Revenue, Sum),
        new("vat", "VAT", ReportColumnKind.Money, r => Costed(r, f => f.Vat), Sum),
        new("fees", "Amazon fees", ReportColumnKind.Money, r => Costed(r, f => f.Fees), Sum),
        new("estimate", "Amazon fee estimate", ReportColumnKind.Money, r => r.Figures.AmazonFeeEstimate, Sum),
        new("goods", "Goods (BOM)", ReportColumnKind.Money, r => Costed(r, f => f.Goods), Sum),
        new("labour", "Labour", ReportColumnKind.Money, r => Costed(r, f => f.Labour), Sum),
        new("postage", "Postage", ReportColumnKind.Money, r => Costed(r, f => f.Postage), Sum),
        new("packaging", "Packaging", ReportColumnKind.Money, r => Costed(r, f => f.Packaging), Sum),
        new("profit", "Profit", ReportColumnKind.Money, r => Costed(r, f => f.Profit), Sum),
        new("margin", "Margin", ReportColumnKind.Percent, r => r.Figures.Margin, new ColumnTotal.Ratio("profit", ["revenue"], ["uncostedRevenue", "vat"])),
        new("uncostedUnits", "Units not costed", ReportColumnKind.Count, r => r.Figures.UncostedUnits, Sum),
        new("uncostedRevenue", "Revenue not costed", ReportColumnKind.Money, r => r.Figures.UncostedRevenue, Sum),
        new("note", "Note", ReportColumnKind.Text, r => r.Problem, None),
    ];

    private static readonly IReadOnlyList<ReportColumn<DailyProfit>> DailyColumns =
    [
        new("day", "Day", ReportColumnKind.Date, d => d.Day, new ColumnTotal.Label("Total")),
        new("revenue", "Revenue", ReportColumnKind.Money, d => d.Revenue, Sum),
        new("profit", "Profit (costed sales)", ReportColumnKind.Money, d => d.Profit, Sum),
        new("uncostedUnits", "Units not costed", ReportColumnKind.Count, d => d.UncostedUnits, Sum),
    ];

    private static readonly IReadOnlyList<ReportColumn<KeyValuePair<string, string>>> UncostedColumns =
    [
        new("sku", "SKU", ReportColumnKind.Text, p => p.Key, None),
        new("reason", "Why it is not costed", ReportColumnKind.Text, p => p.Value, None),
    ];

    public static string SectionName(ProfitGrouping by) => by switch
    {
        ProfitGrouping.Sku => "By SKU",
        ProfitGrouping.Week => "By week",
        ProfitGrouping.Month => "By month",
        _ => "By day",
    };

    /// <summary>The report as files see it: the grouped rows, the daily series, and the SKUs not costed.</summary>
    public static ReportDocument Document(ProfitReport report)
    {
        var sections = new List<ReportSection>
        {
            ReportSection.Of(SectionName(report.By), Columns(report.By), report.Rows),
            ReportSection.Of("Daily profit", DailyColumns, report.Daily),
        };
        if (report.UncostedSkus.Count > 0)
        {
            sections.Add(ReportSection.Of("Not costed", UncostedColumns, report.UncostedSkus.OrderBy(p => p.Key, StringComparer.Ordinal)));
        }
        var stem = $"profit-{report.By.ToString().ToLowerInvariant()}-{report.Period.From:yyyy-MM-dd}-to-{report.Period.To:yyyy-MM-dd}";
        return new ReportDocument(report.Title, report.Period.Label, stem, sections);
    }
}
