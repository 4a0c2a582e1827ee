using SellerConsole.Pricing.Push;

namespace SellerConsole.Pricing;

public static class PricingModule
{
    public static IServiceCollection AddSellerPricing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PricingOptions>()
            .Bind(configuration.GetSection(PricingOptions.Section))
            .Validate(o => !o.Problems().Any(), "Pricing:* has an invalid value (see PricingOptions)")
            .ValidateOnStart();
        services.AddSingleton<PricePushQueue>();
        services.AddSingleton<PushOutcomes>();
        services.AddSingleton<PriceVerifier>();
        services.AddSingleton<PricePusher>();
        services.AddSingleton<StrategyStore>();
        services.AddSingleton<RepricingInputs>();
        services.AddSingleton<Repricer>();
        services.AddSingleton<RepricingReview>();
        services.AddSingleton<RepricingQueries>();
        services.AddSingleton<Backtests.BacktestService>();
        services.AddSingleton<PricingAssignments>();
        services.AddSingleton<Competition.IOffersObserver, RepricingOffersObserver>();
        services.AddHostedService<Jobs.PushTrigger>();
        return services;
    }
}
