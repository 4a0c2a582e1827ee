namespace SellerConsole.Reports.Profit;

/// <summary>
/// Profit and loss as one more report kind: it takes a grouping (by=sku|day|week|month, by SKU unless
/// asked) beside its period. Its page is <c>ProfitReportPage</c> (/reports/profit), which groups in place.
/// </summary>
public sealed class ProfitReportKind(ProfitReportService reports) : IReportKind
{
    public static readonly ReportOption Grouping = new("by", "grouping", ProfitReportRequest.Groupings, "sku");

    public string Kind => "profit";

    public string Title => "Profit and loss";

    public string Description => "Units, revenue, VAT, Amazon fees, landed cost, postage, packaging, profit and margin by SKU or by day, week or month.";

    public IReadOnlyList<ReportOption> Options { get; } = [Grouping];

    public async Task<BuiltReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var by = Enum.Parse<ProfitGrouping>(request.Option(Grouping.Name), ignoreCase: true);
        var report = await reports.BuildAsync(request.Period, by, cancellationToken);
        return new BuiltReport(ProfitReportDefinition.Document(report), ProfitReportPrint.Printable(report), ProfitReportDto.Of(report));
    }
}
