using SellerConsole.Reports;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;

namespace SellerConsole.Api;

/// <summary>
/// The reports API: every report kind as JSON, .xlsx, CSV or PDF from the same definition as its page.
/// Bad input is a 400 problem naming the field (kind, from, to, a kind's option such as by, format).
/// </summary>
public static class ReportsApi
{
    public static IReadOnlyList<string> Formats { get; } = ["json", "xlsx", "csv", "pdf"];

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/{kind}", async (string kind, string? from, string? to, string? format, HttpRequest http, IServiceProvider services, TimeProvider clock, CancellationToken ct) =>
        {
            var today = ReportPeriod.UkDay(clock.GetUtcNow().UtcDateTime);
            var kinds = services.GetServices<IReportKind>().ToList();
            ReportRequestParser.TryParse(kind, kinds, from, to, name => http.Query[name].FirstOrDefault(), today, out var report, out var request, out var errors);
            var output = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
            if (!Formats.Contains(output))
            {
                errors["format"] = [$"'{format}' is not a format; use one of: {string.Join(", ", Formats)}."];
            }
            if (errors.Count > 0 || report is null || request is null)
            {
                return Results.ValidationProblem(errors, title: "The report request is not valid", detail: string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
            }
            var built = await report.BuildAsync(request, ct);
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
}
