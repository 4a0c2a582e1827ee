using SellerConsole.Reports.Export;
using SellerConsole.Reports.Rendering;

namespace SellerConsole.Reports;

/// <summary>A built report in every shape it is served in: the files' document, the printed/page view, and the API's JSON body.</summary>
public sealed record BuiltReport(ReportDocument Document, PrintableReport View, object Json);

/// <summary>
/// One of the reports after profit and loss (which has its own grouping): built once per request from
/// one definition, then shown on the page, printed, written as Excel and CSV, or returned as JSON.
/// </summary>
public interface IReportKind
{
    /// <summary>The URL name: /reports/{kind} and /api/v1/reports/{kind}.</summary>
    string Kind { get; }

    string Title { get; }

    string Description { get; }

    Task<BuiltReport> BuildAsync(Profit.ReportPeriod period, CancellationToken cancellationToken);
}
