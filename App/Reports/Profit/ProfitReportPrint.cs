using SellerConsole.Reports.Export;
using SellerConsole.Reports.Rendering;
using SellerConsole.Shared;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Reports.Profit;

/// <summary>The profit report's summary cards and chart, shared by the page and the printed PDF.</summary>
public static class ProfitReportPrint
{
    public static ChartSpec Chart(ProfitReport report) => new()
    {
        Kind = ChartKind.Bar,
        Values = ValueFormat.Money,
        Times = TimeFormat.Day,
        Height = 220,
        Zoom = report.Daily.Count > 45,
        Series = [new("Profit", [.. report.Daily.Select(d => ChartDatum.At(d.Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), d.Profit))], "var(--mud-palette-success)")],
    };

    public static string Percent(decimal? margin) => margin is { } m ? ReportText.Format(m, ReportColumnKind.Percent) : "—";

    public static IReadOnlyList<SummaryFigure> Summary(ProfitReport report)
    {
        var t = report.Totals;
        return
        [
            new("Revenue", Money.Format(t.Revenue), $"{t.Units:N0} units · {report.Orders:N0} orders"),
            new("Profit", t.HasCostedSales ? Money.Format(t.Profit) : "—", $"on {t.CostedUnits:N0} costed units"),
            new("Margin", Percent(t.Margin), "profit / revenue after VAT"),
            new("Amazon fees", Money.Format(t.Fees), $"costs {Money.Format(t.Costs)} · VAT {Money.Format(t.Vat)}"),
        ];
    }

    public static PrintableReport Printable(ProfitReport report)
    {
        var document = ProfitReportDefinition.Document(report);
        var notes = report.Totals.UncostedUnits > 0
            ? new[] { $"{report.Totals.UncostedUnits:N0} unit(s) ({Money.Format(report.Totals.UncostedRevenue)} of revenue) from {report.UncostedSkus.Count} SKU(s) are not costed, so no profit is counted for them." }
            : [];
        return PrintableReport.Of(document, Summary(report), [new PrintChart("Profit per UK day (costed sales)", Chart(report))], notes) with
        {
            EmptyText = new Dictionary<string, string> { [document.Sections[0].Name] = "No sales in this period." },
        };
    }
}
