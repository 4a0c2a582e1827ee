using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Amazon Selling Partner API for one UK seller: LWA tokens, a client-side usage plan per
/// operation (callers wait for a token instead of being throttled), retries with back-off, a
/// circuit per API section, typed operations returning our own records. Register one per app
/// (singleton); production and the Sandbox differ only in <see cref="SpApiOptions"/> URLs and credentials.
/// </summary>
public sealed partial class SpApiClient
{
    private readonly SpApiOptions _options;
    private readonly Func<CancellationToken, ValueTask<SpApiCredentials>> _credentials;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly SpApiErrors _errors;
    private readonly SpApiUsagePlans _plans;
    private readonly SpApiTransport _transport;
    private readonly LwaTokenProvider _tokens;

    /// <param name="http">Give it an infinite <see cref="HttpClient.Timeout"/>: the client times each attempt itself.</param>
    public SpApiClient(
        HttpClient http,
        SpApiOptions options,
        Func<CancellationToken, ValueTask<SpApiCredentials>> credentials,
        TimeProvider clock,
        ILogger<SpApiClient>? log = null)
    {
        options.Validate();
        _options = options;
        _credentials = credentials;
        _clock = clock;
        _log = (ILogger?)log ?? NullLogger.Instance;
        var scrubber = new SecretScrubber();
        _errors = new SpApiErrors(scrubber);
        _plans = new SpApiUsagePlans(options.TimeCompression, options.PlanHeadroom, clock, snapshot => QuotaChanged?.Invoke(snapshot), _log);
        _transport = new SpApiTransport(http, options, _plans, new SpApiPipelines(options, clock, _log), _errors, clock, _log);
        _tokens = new LwaTokenProvider(_transport, options, credentials, scrubber, _errors, clock, _log);
    }

    /// <summary>Raised after every request is let through a usage plan and after every 429, with the operation's new state.</summary>
    public event Action<QuotaSnapshot>? QuotaChanged;

    /// <summary>Every rate-limited operation's quota now.</summary>
    public IReadOnlyList<QuotaSnapshot> GetQuotas() => _plans.Snapshots();

    /// <summary>One operation's quota now (by its SP-API name, e.g. "getListingsItem"), or null if it has no plan.</summary>
    public QuotaSnapshot? GetQuota(string operation) => _plans.Snapshot(operation);

    /// <summary>Sends with the access token; a rejected token (401, 403 Unauthorized) is refreshed and the call repeated once.</summary>
    private async Task<SpApiResponse> SendAsync(SpApiOperation operation, SpApiRequest request, CancellationToken cancellationToken)
    {
        var first = await _transport.ExecuteAsync(operation, request, _tokens.GetAsync, cancellationToken).ConfigureAwait(false);
        if (!LwaTokenProvider.IsTokenRejected(first.Response))
        {
            return first.Response;
        }
        _log.LogWarning("SP-API {Operation} rejected the access token ({StatusCode}); refreshing it and retrying once",
            operation.Name, first.Response.Status);
        _tokens.Invalidate(first.SentToken);
        return (await _transport.ExecuteAsync(operation, request, _tokens.GetAsync, cancellationToken).ConfigureAwait(false)).Response;
    }

    /// <summary>Like <see cref="SendAsync"/>, but anything but 2xx (or 404 when allowed) becomes an <see cref="SpApiException"/>.</summary>
    private async Task<SpApiResponse> SendExpectingSuccessAsync(
        SpApiOperation operation, SpApiRequest request, CancellationToken cancellationToken, bool notFoundIsAnswer = false)
    {
        var response = await SendAsync(operation, request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess || notFoundIsAnswer && response.Status == 404)
        {
            return response;
        }
        throw _errors.FromResponse(operation, response.Status, response.Body);
    }

    private async Task<string> SellerIdAsync(CancellationToken cancellationToken) =>
        (await _credentials(cancellationToken).ConfigureAwait(false)).SellerId;

    private TimeSpan Backoff(int round) => TimeSpan.FromTicks(Math.Min(
        _options.MaxRetryDelay.Ticks, _options.RetryBaseDelay.Ticks * (1L << Math.Min(round - 1, 20))));
}
