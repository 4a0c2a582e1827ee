using Microsoft.Extensions.Options;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Security;

namespace SellerConsole.Marketplace;

/// <summary>
/// The marketplace port: the one SP-API client the console uses. In Live mode it talks to Amazon with
/// the credentials from Settings; in Sandbox mode the same client talks to this app's own Sandbox
/// endpoints. Only the base URLs and credentials differ, so demo, tests and production run the same code.
/// </summary>
public sealed class MarketplaceConnection(
    IOptions<MarketplaceOptions> marketplace,
    IOptions<SpApiOptions> spApiOptions,
    IServiceProvider services,
    IHttpClientFactory httpClients,
    SelfAddress self,
    SettingsStore settings,
    TimeProvider clock,
    ILoggerFactory loggers)
{
    public const string HttpClientName = "marketplace";
    private readonly Lock _gate = new();
    private SpApiClient? _client;

    public MarketplaceMode Mode => marketplace.Value.Mode;

    /// <summary>Raised for every change of an operation's usage-plan bucket (for the live quota view).</summary>
    public event Action<QuotaSnapshot>? QuotaChanged;

    public SpApiClient SpApi
    {
        get
        {
            lock (_gate)
            {
                return _client ??= Create();
            }
        }
    }

    /// <summary>Our seller id on the marketplace (the Sandbox's simulated one, or the one in Settings).</summary>
    public async Task<string> SellerIdAsync(CancellationToken cancellationToken) => (await CredentialsAsync(cancellationToken)).SellerId;

    private SpApiClient Create()
    {
        var options = Clone(spApiOptions.Value);
        if (Mode == MarketplaceMode.Sandbox)
        {
            var root = self.BaseUri;
            options.BaseUrl = new Uri(root, SandboxPaths.SpApi + "/");
            options.LwaTokenUrl = new Uri(root, SandboxPaths.Lwa + "/auth/o2/token");
            // The client paces itself to the same compressed usage plans the Sandbox enforces.
            options.TimeCompression = Sandbox.TimeCompression;
        }
        options.Validate();
        var http = httpClients.CreateClient(HttpClientName);
        http.Timeout = Timeout.InfiniteTimeSpan; // the client times each attempt itself
        var client = new SpApiClient(http, options, CredentialsAsync, clock, loggers.CreateLogger<SpApiClient>());
        client.QuotaChanged += snapshot => QuotaChanged?.Invoke(snapshot);
        return client;
    }

    private async ValueTask<SpApiCredentials> CredentialsAsync(CancellationToken cancellationToken)
    {
        if (Mode == MarketplaceMode.Sandbox)
        {
            var world = await services.GetRequiredService<SandboxMarket>().ReadyAsync(cancellationToken);
            return new SpApiCredentials(Sandbox.ClientId, Sandbox.ClientSecret, Sandbox.RefreshToken, world.Simulation.OurSellerId);
        }
        var clientId = await settings.GetAsync(SettingsCatalog.SpApiClientId, cancellationToken);
        var secret = await settings.GetAsync(SettingsCatalog.SpApiClientSecret, cancellationToken);
        var refresh = await settings.GetAsync(SettingsCatalog.SpApiRefreshToken, cancellationToken);
        var sellerId = await settings.GetAsync(SettingsCatalog.SpApiSellerId, cancellationToken);
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(refresh) || string.IsNullOrEmpty(sellerId))
        {
            throw new InvalidOperationException("Live mode needs the SP-API credentials: enter the LWA client id and secret, the refresh token and the seller id in Settings.");
        }
        return new SpApiCredentials(clientId, secret, refresh, sellerId);
    }

    private SandboxOptions Sandbox => services.GetRequiredService<IOptions<SandboxOptions>>().Value;

    private static SpApiOptions Clone(SpApiOptions o) => new()
    {
        BaseUrl = o.BaseUrl, LwaTokenUrl = o.LwaTokenUrl, MarketplaceId = o.MarketplaceId, CurrencyCode = o.CurrencyCode, IssueLocale = o.IssueLocale,
        RequestTimeout = o.RequestTimeout, MaxRetries = o.MaxRetries, RetryBaseDelay = o.RetryBaseDelay, MaxRetryDelay = o.MaxRetryDelay,
        TimeCompression = o.TimeCompression, PlanHeadroom = o.PlanHeadroom, CircuitFailureRatio = o.CircuitFailureRatio, CircuitMinimumThroughput = o.CircuitMinimumThroughput,
        CircuitSamplingDuration = o.CircuitSamplingDuration, CircuitBreakDuration = o.CircuitBreakDuration, CircuitWaitLimit = o.CircuitWaitLimit,
        ReportPollInterval = o.ReportPollInterval, ReportMaxWait = o.ReportMaxWait,
    };
}
