using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;

namespace SellerConsole.Api;

public sealed record ProfitFiguresDto(int Units, decimal Revenue, decimal? Vat, decimal? AmazonFees, decimal? AmazonFeeEstimate, decimal? Goods,
    decimal? Labour, decimal? Postage, decimal? Packaging, decimal? Profit, decimal? Margin, int UncostedUnits, decimal UncostedRevenue);

public sealed record ProfitRowDto(string Key, string Label, ProfitFiguresDto Figures, string? Problem);

public sealed record ProfitReportDto(DateOnly From, DateOnly To, string By, int Orders, IReadOnlyList<ProfitRowDto> Rows, ProfitFiguresDto Totals,
    IReadOnlyList<DailyProfit> Daily, IReadOnlyDictionary<string, string> Uncosted);

/// <summary>The reports API: the profit and loss report as JSON, .xlsx or CSV from the same definition as the page.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/profit", async (string? from, string? to, string? by, string? format, ProfitReportService reports, TimeProvider clock, CancellationToken ct) =>
        {
            var today = ReportPeriod.UkDay(clock.GetUtcNow().UtcDateTime);
            ProfitReportRequest.TryParse(from, to, by, today, out var period, out var grouping, out var errors);
            var kind = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
            if (kind is not ("json" or "xlsx" or "csv"))
            {
                errors["format"] = [$"'{format}' is not a format; use json, xlsx or csv (pdf is not available yet)."];
            }
            if (errors.Count > 0 || period is null)
            {
                return Results.ValidationProblem(errors, title: "The report request is not valid", detail: string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
            }
            var report = await reports.BuildAsync(period, grouping, ct);
            if (kind == "json")
            {
                return Results.Ok(Dto(report));
            }
            var document = ProfitReportDefinition.Document(report);
            return kind == "xlsx"
                ? Results.File(ReportXlsx.Write(document), ReportXlsx.ContentType, document.FileStem + ".xlsx")
                : Results.File(ReportCsv.Write(document), ReportCsv.ContentType, document.FileStem + ".csv");
        }).WithSummary("Profit and loss by SKU or by UK day/week/month (from, to: yyyy-MM-dd; by: sku|day|week|month; format: json|xlsx|csv)");
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
