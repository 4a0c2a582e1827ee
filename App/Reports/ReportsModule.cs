using SellerConsole.Reports.Catalogue;
using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;

namespace SellerConsole.Reports;

public static class ReportsModule
{
    public static IServiceCollection AddSellerReports(this IServiceCollection services)
    {
        services.AddSingleton<ProfitReportService>();
        // Reports 2-5 each register as an IReportKind: the API, the index and /reports/{kind} find them there.
        services.AddSingleton<CatalogueReportService>();
        services.AddSingleton<IReportKind>(sp => sp.GetRequiredService<CatalogueReportService>());
        // One Chromium for the app, launched on first print and closed when the host stops.
        services.AddSingleton<ChromiumPrinter>();
        services.AddSingleton<IReportPrinter>(sp => sp.GetRequiredService<ChromiumPrinter>());
        services.AddSingleton<ReportHtml>();
        services.AddSingleton<ReportPdf>();
        return services;
    }
}
