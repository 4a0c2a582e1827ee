using SellerConsole.Reports;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;

namespace SellerConsole.Api;

public sealed record ProfitFiguresDto(int Units, decimal Revenue, decimal? Vat, decimal? AmazonFees, decimal? AmazonFeeEstimate, decimal? Goods,
    decimal? Labour, decimal? Postage, decimal? Packaging, decimal? Profit, decimal? Margin, int UncostedUnits, decimal UncostedRevenue);

public sealed record ProfitRowDto(string Key, string Label, ProfitFiguresDto Figures, string? Problem);

public sealed record ProfitReportDto(DateOnly From, DateOnly To, string By, int Orders, IReadOnlyList<ProfitRowDto> Rows, ProfitFiguresDto Totals,
    IReadOnlyList<DailyProfit> Daily, IReadOnlyDictionary<string, string> Uncosted);

/// <summary>
/// The reports API: every report as JSON, .xlsx, CSV or PDF from the same definition as its page.
/// Bad input is a 400 problem naming the field (kind, from, to, by, format).
/// </summary>
public static class ReportsApi
{
    public static IReadOnlyList<string> Formats { get; } = ["json", "xlsx", "csv", "pdf"];

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/{kind}", async (string kind, string? from, string? to, string? by, string? format, IServiceProvider services, TimeProvider clock, CancellationToken ct) =>
        {
            var today = ReportPeriod.UkDay(clock.GetUtcNow().UtcDateTime);
            var kinds = services.GetServices<IReportKind>().ToList();
            var other = kinds.FirstOrDefault(k => string.Equals(k.Kind, kind, StringComparison.OrdinalIgnoreCase));
            var isProfit = string.Equals(kind, "profit", StringComparison.OrdinalIgnoreCase);
            // Only the profit report groups its rows; other reports ignore no parameter silently, so "by" is refused there.
            ProfitReportRequest.TryParse(from, to, isProfit ? by : null, today, out var period, out var grouping, out var errors);
            if (!isProfit && other is null)
            {
                errors["kind"] = [$"'{kind}' is not a report; use one of: {string.Join(", ", new[] { "profit" }.Concat(kinds.Select(k => k.Kind)))}."];
            }
            else if (!isProfit && !string.IsNullOrWhiteSpace(by))
            {
                errors["by"] = [$"The {kind} report has no grouping; leave 'by' out."];
            }
            var output = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
            if (!Formats.Contains(output))
            {
                errors["format"] = [$"'{format}' is not a format; use one of: {string.Join(", ", Formats)}."];
            }
            if (errors.Count > 0 || period is null)
            {
                return Results.ValidationProblem(errors, title: "The report request is not valid", detail: string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
            }
            BuiltReport built;
            if (isProfit)
            {
                var report = await services.GetRequiredService<ProfitReportService>().BuildAsync(period, grouping, ct);
                built = new BuiltReport(ProfitReportDefinition.Document(report), ProfitReportPrint.Printable(report), Dto(report));
            }
            else
            {
                built = await other!.BuildAsync(period, ct);
            }
            var stem = built.Document.FileStem;
            return output switch
            {
                "json" => Results.Ok(built.Json),
                "xlsx" => Results.File(ReportXlsx.Write(built.Document), ReportXlsx.ContentType, stem + ".xlsx"),
                "csv" => Results.File(ReportCsv.Write(built.Document), ReportCsv.ContentType, stem + ".csv"),
                _ => Results.File(await services.GetRequiredService<ReportPdf>().WriteAsync(built.View, ct), ReportPdf.ContentType, stem + ".pdf"),
            };
        }).WithSummary("A report (kind: profit|repricing|listing-health|competition|catalogue; from, to: yyyy-MM-dd UK days; by: sku|day|week|month for profit; format: json|xlsx|csv|pdf)");
        return api;
    }

    public static ProfitReportDto Dto(ProfitReport report) => new(report.Period.From, report.Period.To, report.By.ToString().ToLowerInvariant(), report.Orders,
        report.Rows.Select(r => new ProfitRowDto(r.Key, r.Label, Figures(r.Figures), r.Problem)).ToList(), Figures(report.Totals), report.Daily, report.UncostedSkus);

    private static ProfitFiguresDto Figures(ProfitFigures f)
    {
        decimal? Costed(decimal value) => f.HasCostedSales ? value : null;
        return new ProfitFiguresDto(f.Units, f.Revenue, Costed(f.Vat), Costed(f.Fees), f.AmazonFeeEstimate, Costed(f.Goods), Costed(f.Labour),
            Costed(f.Postage), Costed(f.Packaging), Costed(f.Profit), f.Margin is { } m ? Math.Round(m, 4, MidpointRounding.AwayFromZero) : null,
            f.UncostedUnits, f.UncostedRevenue);
    }
}
