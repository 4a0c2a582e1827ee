using Microsoft.Extensions.Options;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Security;

namespace SellerConsole.Competition;

/// <summary>
/// The Keepa client for the current mode, as <see cref="MarketplaceConnection"/> is for SP-API: in
/// Sandbox mode this app's own Keepa endpoint with the Sandbox key, in Live mode api.keepa.com with the
/// key from Settings. The key is read per call (a changed key applies at once) and never logged: the
/// HTTP client has no loggers, and the client redacts it from every error.
/// </summary>
public sealed class KeepaConnection(
    IOptions<MarketplaceOptions> marketplace,
    IOptions<KeepaClientOptions> keepaOptions,
    IOptions<SandboxOptions> sandbox,
    IHttpClientFactory httpClients,
    SelfAddress self,
    SettingsStore settings,
    TimeProvider clock)
{
    public const string HttpClientName = "keepa";
    private readonly Lock _gate = new();
    private KeepaClient? _client;

    public MarketplaceMode Mode => marketplace.Value.Mode;

    public KeepaClient Client
    {
        get
        {
            lock (_gate)
            {
                return _client ??= Create();
            }
        }
    }

    /// <summary>Null when a Keepa key is available for this mode; otherwise what the owner must do.</summary>
    public async Task<string?> MissingKeyAsync(CancellationToken ct) =>
        Mode == MarketplaceMode.Sandbox || !string.IsNullOrEmpty(await settings.GetAsync(SettingsCatalog.KeepaApiKey, ct)) ? null : MissingKeyMessage;

    public const string MissingKeyMessage = "Live mode needs a Keepa API key: enter it in Settings > Keepa.";

    private KeepaClient Create()
    {
        var configured = keepaOptions.Value;
        var options = new KeepaClientOptions
        {
            BaseAddress = Mode == MarketplaceMode.Sandbox ? new Uri(self.BaseUri, SandboxPaths.Keepa + "/") : configured.BaseAddress,
            MaxAttempts = configured.MaxAttempts,
            MaxTokenWaits = configured.MaxTokenWaits,
            RequestTimeout = configured.RequestTimeout,
        };
        options.Validate();
        var http = httpClients.CreateClient(HttpClientName);
        http.Timeout = Timeout.InfiniteTimeSpan; // the client times each attempt itself
        return new KeepaClient(http, options, KeyAsync, clock);
    }

    private async ValueTask<string> KeyAsync(CancellationToken ct)
    {
        if (Mode == MarketplaceMode.Sandbox)
        {
            return sandbox.Value.KeepaKey;
        }
        var key = await settings.GetAsync(SettingsCatalog.KeepaApiKey, ct);
        return string.IsNullOrEmpty(key) ? throw new InvalidOperationException(MissingKeyMessage) : key;
    }
}
