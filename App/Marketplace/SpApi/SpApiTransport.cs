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
    HttpClient http, SpApiOptions options, SpApiUsagePlans plans, SpApiPipelines pipelines, SpApiErrors errors, TimeProvider time, ILogger log)
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
        var circuit = pipelines.Circuit(operation.Section);
        var waitedForCircuit = TimeSpan.Zero;
        try
        {
            HttpResponseMessage? answered = null;
            while (answered is null)
            {
                // Taken before the call, so a change while this call was being refused still wakes it.
                var circuitChange = pipelines.NextCircuitChange(operation.Section);
                try
                {
                    answered = await pipelines.Retry(operation.Section).ExecuteAsync(async ctx =>
                    {
                        attempts++;
                        // Waits for a usage-plan token and an access token happen outside the circuit: a half-open
                        // circuit's one trial is the request itself, never a caller parked on a rate limit.
                        await plans.AcquireAsync(operation, ctx.CancellationToken).ConfigureAwait(false);
                        sent = accessToken is null ? null : await accessToken(ctx.CancellationToken).ConfigureAwait(false);
                        return await circuit.ExecuteAsync(async inner =>
                        {
                            using var message = request.Build(options.BaseUrl, sent);
                            var answer = await pipelines.AttemptTimeout.ExecuteAsync(
                                static (state, token) => new ValueTask<HttpResponseMessage>(state.http.SendAsync(state.message, token)),
                                (http, message), inner.CancellationToken).ConfigureAwait(false);
                            SellerConsole.Operations.SellerMetrics.SpApiCall(operation.Name, (int)answer.StatusCode);
                            if ((int)answer.StatusCode == 429)
                            {
                                plans.Throttled(operation);
                            }
                            return answer;
                        }, ctx).ConfigureAwait(false);
                    }, context).ConfigureAwait(false);
                }
                catch (BrokenCircuitException ex) when (waitedForCircuit < options.CircuitWaitLimit)
                {
                    waitedForCircuit += await WaitForCircuitAsync(operation, ex.RetryAfter, options.CircuitWaitLimit - waitedForCircuit, circuitChange, cancellationToken)
                        .ConfigureAwait(false);
                }
            }
            using var response = answered;
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
            log.LogWarning("SP-API {Operation} failed: the {Section} circuit is open (waited {WaitedSeconds:0} s for it)", operation.Name, operation.Section, waitedForCircuit.TotalSeconds);
            throw errors.CircuitOpen(operation, ex.RetryAfter, waitedForCircuit);
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

    /// <summary>
    /// Waits out an open circuit (says so, for the job's progress line): until its break ends, or sooner if
    /// the circuit changes (a trial call closed it, or failed and opened it again). Returns the time waited.
    /// </summary>
    private async Task<TimeSpan> WaitForCircuitAsync(
        SpApiOperation operation, TimeSpan? retryAfter, TimeSpan budget, Task circuitChange, CancellationToken cancellationToken)
    {
        // Half-open with the trial still out, the break can read as over: look again shortly, or when it ends.
        var wait = retryAfter is { } after && after > options.RetryBaseDelay ? after : options.RetryBaseDelay;
        wait = wait < budget ? wait : budget;
        var started = time.GetTimestamp();
        log.LogWarning("SP-API {Operation} waits for the {Section} circuit: the break ends in {WaitMs} ms",
            operation.Name, operation.Section, (long)wait.TotalMilliseconds);
        Shared.WaitNotice.Say($"Amazon's {operation.Section} API is failing: trying again {Shared.WaitNotice.When(time.GetUtcNow(), wait)}");
        try
        {
            await circuitChange.WaitAsync(wait, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The break is over: try again.
        }
        var waited = time.GetElapsedTime(started);
        // A change at once (or a clock that did not move) still spends some of the budget, so the waits stay bounded.
        return waited > options.RetryBaseDelay ? waited : options.RetryBaseDelay;
    }
}
