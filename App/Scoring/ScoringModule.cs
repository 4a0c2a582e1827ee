using SellerConsole.Scoring.Data;

namespace SellerConsole.Scoring;

public static class ScoringModule
{
    public static IServiceCollection AddSellerScoring(this IServiceCollection services)
    {
        services.AddSingleton<ScoringStore>();
        services.AddSingleton<ScoreDropAlerts>();
        services.AddSingleton<ScoringService>();
        services.AddSingleton<PeerSocialProof>();
        services.AddSingleton<PeerRefresh>();
        services.AddSingleton<NewListingCategories>();
        services.AddHostedService(sp => sp.GetRequiredService<NewListingCategories>());
        services.AddSingleton<ScoringPreview>();
        services.AddSingleton<RescoreOnChange>();
        services.AddHostedService(sp => sp.GetRequiredService<RescoreOnChange>());
        return services;
    }
}
