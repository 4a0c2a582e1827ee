namespace SellerConsole.Marketplace;

public enum MarketplaceMode
{
    /// <summary>The built-in simulated marketplace: no Amazon account needed.</summary>
    Sandbox,

    /// <summary>Amazon's real SP-API and Keepa, with the credentials from Settings.</summary>
    Live,
}

public sealed class MarketplaceOptions
{
    public const string Section = "Marketplace";

    /// <summary><c>Marketplace:Mode</c>: Sandbox (default) or Live.</summary>
    public MarketplaceMode Mode { get; set; } = MarketplaceMode.Sandbox;
}

public static class MarketplaceModule
{
    public static IServiceCollection AddSellerMarketplace(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MarketplaceOptions>()
            .Bind(configuration.GetSection(MarketplaceOptions.Section))
            .Validate(o => Enum.IsDefined(o.Mode), "Marketplace:Mode must be Sandbox or Live")
            .ValidateOnStart();
        services.AddOptions<SpApi.SpApiOptions>()
            .Bind(configuration.GetSection(SpApi.SpApiOptions.Section))
            .Validate(o => { try { o.Validate(); return true; } catch (ArgumentException) { return false; } },
                "SpApi:* has an invalid value (BaseUrl and LwaTokenUrl must be absolute URLs; timeouts, retries and TimeCompression positive)")
            .ValidateOnStart();
        services.AddHttpClient(MarketplaceConnection.HttpClientName);
        // Every client the app makes carries the Sandbox caller key to its own Sandbox (and nowhere else).
        services.AddSingleton<Sandbox.Http.SandboxCaller>();
        services.AddTransient<Sandbox.Http.SandboxCallerHandler>();
        services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler<Sandbox.Http.SandboxCallerHandler>());
        services.AddSingleton<SelfAddress>();
        services.AddSingleton<MarketplaceConnection>();
        return services;
    }
}
