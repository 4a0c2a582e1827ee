using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;

namespace SellerConsole.Reports;

public static class ReportsModule
{
    public static IServiceCollection AddSellerReports(this IServiceCollection services)
    {
        services.AddSingleton<ProfitReportService>();
        // One Chromium for the app, launched on first print and closed when the host stops.
        services.AddSingleton<ChromiumPrinter>();
        services.AddSingleton<IReportPrinter>(sp => sp.GetRequiredService<ChromiumPrinter>());
        services.AddSingleton<ReportHtml>();
        services.AddSingleton<ReportPdf>();
        return services;
    }
}
