using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>The answer and the access token it was sent with (so a rejected token can be invalidated).</summary>
internal sealed record SpApiExchange(SpApiResponse Response, string? SentToken);

/// <summary>
/// Sends one logical call: section pipeline (retry, circuit) around attempts that each wait for a
/// usage-plan token, fetch the access token, and send under the per-attempt timeout. A 429 empties
/// the bucket. Every failure leaves as <see cref="SpApiException"/>; URLs never reach the log.
/// </summary>
internal sealed class SpApiTransport(
    HttpClient http, SpApiOptions options, SpApiUsagePlans plans, SpApiPipelines pipelines, SpApiErrors errors, ILogger log)
{
    public async Task<SpApiExchange> ExecuteAsync(
        SpApiOperation operation,
        SpApiRequest request,
        Func<CancellationToken, Task<string>>? accessToken,
        CancellationToken cancellationToken)
    {
        var attempts = 0;
        string? sent = null;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(SpApiPipelines.OperationKey, operation.Name);
        try
        {
            using var response = await pipelines.For(operation.Section).ExecuteAsync(async ctx =>
            {
                attempts++;
                await plans.AcquireAsync(operation, ctx.CancellationToken).ConfigureAwait(false);
                sent = accessToken is null ? null : await accessToken(ctx.CancellationToken).ConfigureAwait(false);
                using var message = request.Build(options.BaseUrl, sent);
                var answer = await pipelines.AttemptTimeout.ExecuteAsync(
                    static (state, token) => new ValueTask<HttpResponseMessage>(state.http.SendAsync(state.message, token)),
                    (http, message), ctx.CancellationToken).ConfigureAwait(false);
                SellerConsole.Operations.SellerMetrics.SpApiCall(operation.Name, (int)answer.StatusCode);
                if ((int)answer.StatusCode == 429)
                {
                    plans.Throttled(operation);
                }
                return answer;
            }, context).ConfigureAwait(false);
            Shared.WaitNotice.Clear();

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300 or 404)
            {
                log.LogDebug("SP-API {Operation} answered {StatusCode} after {Attempts} attempt(s)", operation.Name, status, attempts);
            }
            else
            {
                log.LogWarning("SP-API {Operation} answered {StatusCode} after {Attempts} attempt(s)", operation.Name, status, attempts);
            }
            return new SpApiExchange(new SpApiResponse(status, body, response.Content.Headers.ContentType?.CharSet), sent);
        }
        catch (BrokenCircuitException ex)
        {
            log.LogWarning("SP-API {Operation} not sent: the {Section} circuit is open", operation.Name, operation.Section);
            throw errors.CircuitOpen(operation, ex.RetryAfter);
        }
        catch (TimeoutRejectedException)
        {
            log.LogWarning("SP-API {Operation} timed out after {Attempts} attempt(s)", operation.Name, attempts);
            throw errors.Timeout(operation, options.RequestTimeout, attempts);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            log.LogWarning("SP-API {Operation} timed out after {Attempts} attempt(s)", operation.Name, attempts);
            throw errors.Timeout(operation, options.RequestTimeout, attempts);
        }
        catch (HttpRequestException ex)
        {
            log.LogWarning("SP-API {Operation} failed after {Attempts} attempt(s): {ErrorType}", operation.Name, attempts, ex.GetType().Name);
            throw errors.Network(operation, ex, attempts);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
