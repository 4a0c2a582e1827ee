using Microsoft.Extensions.Options;
using SellerConsole.Marketplace.Sandbox.Http;

namespace SellerConsole.Marketplace.Sandbox;

/// <summary>
/// The built-in Sandbox marketplace's HTTP face: LWA, SP-API, Keepa and report documents under
/// <see cref="SandboxPaths.Root"/>, served from one simulated world. Only in Marketplace:Mode=Sandbox;
/// in Live mode nothing of it is registered or mapped.
/// </summary>
public static class SandboxModule
{
    public static IServiceCollection AddSellerSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsSandboxMode(configuration)) return services;
        services.AddOptions<SandboxOptions>()
            .Bind(configuration.GetSection(SandboxOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SandboxOptions>, SandboxOptionsValidator>();
        services.AddSingleton<SandboxFaults>();
        services.AddSingleton<LwaTokenStore>();
        services.AddSingleton<UsagePlanLimiter>();
        services.AddSingleton<KeepaTokenBucket>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<DocumentSigner>();
        services.AddSingleton<SandboxMarket>();
        services.AddHostedService<SandboxStartup>();
        return services;
    }

    /// <summary>
    /// Machine-to-machine endpoints: like Amazon's they authenticate with the Sandbox's own LWA tokens
    /// (and Keepa key, and signed document URLs), not the owner's sign-in, so they allow anonymous callers.
    /// </summary>
    public static IEndpointRouteBuilder MapSandbox(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<SandboxMarket>() is null) return app;
        var root = app.MapGroup(SandboxPaths.Root).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

        var lwa = root.MapGroup(SandboxPaths.Lwa[SandboxPaths.Root.Length..]).AddEndpointFilter(SandboxGate.Lwa);
        lwa.MapLwa();

        var spApi = root.MapGroup(SandboxPaths.SpApi[SandboxPaths.Root.Length..]).AddEndpointFilter(SandboxGate.SpApi);
        spApi.MapListingsItems();
        spApi.MapProductPricing();
        spApi.MapProductFees();
        spApi.MapOrders();
        spApi.MapReports();
        spApi.MapCatalogItems();

        root.MapGroup(SandboxPaths.Keepa[SandboxPaths.Root.Length..]).AddEndpointFilter(SandboxGate.Keepa).MapKeepa();
        root.MapGroup(SandboxPaths.Documents[SandboxPaths.Root.Length..]).AddEndpointFilter(SandboxGate.Document).MapDocuments();

        // Control, not machine-to-machine: the owner's sign-in or an API token, like the Sandbox page.
        app.MapSandboxScenarios();
        return app;
    }

    private static bool IsSandboxMode(IConfiguration configuration)
    {
        var mode = configuration[$"{MarketplaceOptions.Section}:{nameof(MarketplaceOptions.Mode)}"];
        return string.IsNullOrWhiteSpace(mode) || string.Equals(mode.Trim(), nameof(MarketplaceMode.Sandbox), StringComparison.OrdinalIgnoreCase);
    }
}

internal sealed class SandboxOptionsValidator : IValidateOptions<SandboxOptions>
{
    public ValidateOptionsResult Validate(string? name, SandboxOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
