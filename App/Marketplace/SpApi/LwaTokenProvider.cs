using System.Text;
using Microsoft.Extensions.Logging;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Login with Amazon access tokens: cached until 60 s before expiry, refreshed once for all
/// concurrent callers (single flight; one caller's cancellation does not cancel the refresh),
/// and invalidated when SP-API rejects the token that was sent.
/// </summary>
internal sealed class LwaTokenProvider(
    SpApiTransport transport,
    SpApiOptions options,
    Func<CancellationToken, ValueTask<SpApiCredentials>> credentials,
    SecretScrubber scrubber,
    SpApiErrors errors,
    TimeProvider time,
    ILogger log)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(60);

    // Codes SP-API has used on 403s for expired, revoked or malformed tokens; 401 always counts.
    private static readonly HashSet<string> TokenRejectionCodes =
        new(["Unauthorized", "InvalidInput", "MissingAuthenticationToken", "InvalidAccessToken", "ExpiredToken"], StringComparer.OrdinalIgnoreCase);

    private readonly object _lock = new();
    private (string Value, DateTimeOffset RefreshAt)? _current;
    private Task<string>? _refresh;

    public static bool IsTokenRejected(SpApiResponse response) =>
        response.Status == 401
        || response.Status == 403 && SpApiErrors.FirstError(response.Body)?.Code is { } code && TokenRejectionCodes.Contains(code);

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<string>? lead = null;
        Task<string> pending;
        lock (_lock)
        {
            if (_current is { } current && time.GetUtcNow() < current.RefreshAt)
            {
                return current.Value;
            }
            if (_refresh is null)
            {
                lead = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
                _refresh = lead.Task;
            }
            pending = _refresh;
        }
        if (lead is not null)
        {
            _ = RefreshAsync(lead);
        }
        return await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets <paramref name="sent"/> if it is still the cached token (a newer one is kept).</summary>
    public void Invalidate(string? sent)
    {
        lock (_lock)
        {
            if (sent is not null && _current?.Value == sent)
            {
                _current = null;
            }
        }
    }

    private async Task RefreshAsync(TaskCompletionSource<string> lead)
    {
        try
        {
            var (token, refreshAt) = await RequestAsync().ConfigureAwait(false);
            lock (_lock)
            {
                _current = (token, refreshAt);
                _refresh = null;
            }
            lead.SetResult(token);
        }
        catch (Exception ex)
        {
            lock (_lock)
            {
                _refresh = null;
            }
            lead.SetException(ex);
        }
    }

    private async Task<(string Token, DateTimeOffset RefreshAt)> RequestAsync()
    {
        var secrets = await credentials(CancellationToken.None).ConfigureAwait(false);
        scrubber.Remember(secrets.Secrets());
        var form = string.Join("&",
            Field("grant_type", "refresh_token"), Field("refresh_token", secrets.RefreshToken),
            Field("client_id", secrets.ClientId), Field("client_secret", secrets.ClientSecret));
        var request = new SpApiRequest(HttpMethod.Post, "", [], Encoding.UTF8.GetBytes(form),
            "application/x-www-form-urlencoded;charset=UTF-8", options.LwaTokenUrl);
        var obtainedAt = time.GetUtcNow();
        var response = (await transport.ExecuteAsync(SpApiOperation.LwaToken, request, null, CancellationToken.None).ConfigureAwait(false)).Response;
        var wire = SpApiJson.TryRead<LwaTokenWire>(response.Body);
        if (!response.IsSuccess || string.IsNullOrEmpty(wire?.AccessToken))
        {
            log.LogError("LWA token request failed with {StatusCode} {ErrorCode}", response.Status, wire?.Error);
            throw errors.Create(SpApiOperation.LwaToken, response.Status, wire?.Error, wire?.ErrorDescription,
                $"LWA token request answered HTTP {response.Status} {wire?.Error ?? "without an access token"}"
                + (wire?.ErrorDescription is { } description ? $": {description}" : ""));
        }
        scrubber.Remember([wire.AccessToken]);
        var lifetime = TimeSpan.FromSeconds(wire.ExpiresIn is > 0 ? wire.ExpiresIn.Value : 3600);
        var refreshAt = obtainedAt + (lifetime > 2 * Margin ? lifetime - Margin : lifetime / 2);
        log.LogInformation("LWA access token refreshed; valid for {Seconds} s", (int)lifetime.TotalSeconds);
        return (wire.AccessToken, refreshAt);
    }

    private static string Field(string name, string value) => $"{name}={Uri.EscapeDataString(value)}";
}
