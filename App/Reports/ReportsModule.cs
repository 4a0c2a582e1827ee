using SellerConsole.Reports.Catalogue;
using SellerConsole.Reports.Competition;
using SellerConsole.Reports.ListingHealth;
using SellerConsole.Reports.Repricing;
using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;

namespace SellerConsole.Reports;

public static class ReportsModule
{
    public static IServiceCollection AddSellerReports(this IServiceCollection services)
    {
        services.AddSingleton<ProfitReportService>();
        // Every report registers as an IReportKind: the API, the index (in this order) and /reports/{kind} find them there.
        services.AddSingleton<IReportKind, ProfitReportKind>();
        services.AddSingleton<RepricingReportService>();
        services.AddSingleton<IReportKind>(sp => sp.GetRequiredService<RepricingReportService>());
        services.AddSingleton<ListingHealthService>();
        services.AddSingleton<IReportKind>(sp => sp.GetRequiredService<ListingHealthService>());
        services.AddSingleton<CompetitionReportService>();
        services.AddSingleton<IReportKind>(sp => sp.GetRequiredService<CompetitionReportService>());
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
