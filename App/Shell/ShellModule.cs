using MudBlazor.Services;
using SellerConsole.Live;

namespace SellerConsole.Shell;

public static class ShellModule
{
    public const string ThemeCookie = "SellerConsole.Theme";

    public static IServiceCollection AddSellerShell(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddRazorComponents().AddInteractiveServerComponents(circuit => circuit.DetailedErrors = environment.IsDevelopment());
        services.AddMudServices();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LiveFeed>();
        services.AddSingleton<DashboardLoader>();
        services.AddSingleton<BusinessSummaryLoader>();
        services.AddSingleton<SetupProgress>();
        return services;
    }
}
