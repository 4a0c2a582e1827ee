using SellerConsole.Automation.Actions;
using SellerConsole.Automation.Data;

namespace SellerConsole.Automation;

public static class AutomationModule
{
    public static IServiceCollection AddSellerAutomation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AutomationOptions>().Bind(configuration.GetSection(AutomationOptions.Section))
            .Validate(o => o.WebhookRetryDelaysMs.All(d => d is >= 0 and <= 600_000), "Automation:WebhookRetryDelaysMs are 0 to 600000 ms")
            .ValidateOnStart();
        services.AddSingleton<HostResolver>();
        services.AddHttpClient(WebhookSender.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(20))
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookSender.GuardedHandler(sp.GetRequiredService<HostResolver>()));
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<ReportMailer>();
        services.AddSingleton<CausationLedger>();
        services.AddSingleton<RuleActions>();
        services.AddSingleton<RuleStore>();
        services.AddSingleton<FactsLoader>();
        services.AddSingleton<AutomationService>();
        services.AddHostedService<AutomationRunner>();
        return services;
    }
}
