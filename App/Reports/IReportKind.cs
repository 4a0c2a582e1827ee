using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;

namespace SellerConsole.Reports;

/// <summary>A built report in every shape it is served in: the files' document, the printed/page view, and the API's JSON body.</summary>
public sealed record BuiltReport(ReportDocument Document, PrintableReport View, object Json);

/// <summary>
/// A choice a report takes beside its period, read from the query string under <see cref="Name"/>
/// (profit's grouping: by=sku|day|week|month). <see cref="Noun"/> names it in messages ("grouping").
/// </summary>
public sealed record ReportOption(string Name, string Noun, IReadOnlyList<string> Values, string Default);

/// <summary>What a report is built for: its UK days, and a value for each option the kind declares (defaults filled in).</summary>
public sealed record ReportRequest(ReportPeriod Period, IReadOnlyDictionary<string, string> Options)
{
    public static ReportRequest For(IReportKind kind, ReportPeriod period) =>
        new(period, kind.Options.ToDictionary(o => o.Name, o => o.Default, StringComparer.OrdinalIgnoreCase));

    public string Option(string name) => Options.TryGetValue(name, out var value)
        ? value
        : throw new ArgumentException($"The request has no option '{name}'.", nameof(name));
}

/// <summary>
/// One report (profit and loss, repricing activity, listing health, competition, catalogue): built
/// once per request from one definition, then shown on the page, printed, written as Excel and CSV,
/// or returned as JSON. The API, the /reports index and /reports/{kind} find every kind here.
/// </summary>
public interface IReportKind
{
    /// <summary>The URL name: /reports/{kind} and /api/v1/reports/{kind}.</summary>
    string Kind { get; }

    string Title { get; }

    string Description { get; }

    /// <summary>The choices this report takes beside its period; most take none.</summary>
    IReadOnlyList<ReportOption> Options => [];

    Task<BuiltReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken);
}
