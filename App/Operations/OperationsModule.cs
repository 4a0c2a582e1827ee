using OpenTelemetry.Metrics;
using SellerConsole.Operations.Readiness;

namespace SellerConsole.Operations;

public static class OperationsModule
{
    public static IServiceCollection AddSellerOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>()
            .Bind(configuration.GetSection(MetricsOptions.Section))
            .Validate(o => !o.Problems().Any(), $"Metrics:Token must be at least {MetricsOptions.MinimumTokenLength} characters when Metrics:Enabled is true")
            .ValidateOnStart();
        services.AddSingleton<MetricsGauges>();
        services.AddSellerReadiness();

        // Without the flag nothing listens to any meter: the instruments cost a null check.
        var metrics = configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (metrics.Enabled)
        {
            services.AddOpenTelemetry().WithMetrics(m => m
                .AddMeter(SellerMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                // Every scrape reads fresh values: Prometheus scrapes every 15 s or more, so a cache buys nothing.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        }
        return services;
    }
}
