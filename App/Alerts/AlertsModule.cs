namespace SellerConsole.Alerts;

public static class AlertsModule
{
    public static IServiceCollection AddSellerAlerts(this IServiceCollection services) =>
        services.AddSingleton<AlertService>();
}
