using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Competition;

public static class CompetitionModule
{
    public static IServiceCollection AddSellerCompetition(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KeepaClientOptions>()
            .Bind(configuration.GetSection("Keepa"))
            .Validate(o => { try { o.Validate(); return true; } catch (ArgumentException) { return false; } },
                "Keepa:* has an invalid value (BaseAddress absolute and ending with '/', MaxAttempts >= 1, RequestTimeout positive)")
            .ValidateOnStart();
        // No loggers on this client: Keepa takes its key in the query string.
        services.AddHttpClient(KeepaConnection.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<KeepaConnection>();
        services.AddSingleton<KeepaStatus>();
        services.AddSingleton<KeepaStatusQuery>();
        services.AddSingleton<KeepaCandidates>();
        services.AddSingleton<KeepaRefresh>();
        services.AddSingleton<HistoryStore>();
        services.AddSingleton<HistoryQueries>();
        services.AddSingleton<CompetitionQueries>();
        services.AddSingleton<CompetitionSettingsStore>();
        services.AddSingleton<ChangeRecorder>();
        services.AddSingleton<FloorPrices>();
        services.AddSingleton<IOffersObserver, CompetitionOffersObserver>();
        return services;
    }
}
