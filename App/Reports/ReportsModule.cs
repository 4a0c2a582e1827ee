using SellerConsole.Reports.Profit;

namespace SellerConsole.Reports;

public static class ReportsModule
{
    public static IServiceCollection AddSellerReports(this IServiceCollection services)
    {
        services.AddSingleton<ProfitReportService>();
        return services;
    }
}
