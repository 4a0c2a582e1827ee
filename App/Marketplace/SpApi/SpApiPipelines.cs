using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Polly pipelines on the injected clock: per API section, retry (exponential back-off with jitter,
/// Retry-After honoured) around a circuit breaker; and a per-attempt timeout used inside an attempt,
/// so time spent waiting for a rate-limit token never counts as a timeout.
/// </summary>
internal sealed class SpApiPipelines
{
    public static readonly ResiliencePropertyKey<string> OperationKey = new("spapi.operation");

    private readonly Dictionary<SpApiSection, ResiliencePipeline<HttpResponseMessage>> _sections;

    public SpApiPipelines(SpApiOptions options, TimeProvider time, ILogger log)
    {
        _sections = Enum.GetValues<SpApiSection>().ToDictionary(s => s, s => Build(s, options, time, log));
        AttemptTimeout = options.RequestTimeout == Timeout.InfiniteTimeSpan
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(options.RequestTimeout).Build();
    }

    public ResiliencePipeline AttemptTimeout { get; }

    public ResiliencePipeline<HttpResponseMessage> For(SpApiSection section) => _sections[section];

    /// <summary>Worth another attempt: throttled, a server fault, a network error or a timeout.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken caller) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        // HttpClient's own Timeout surfaces as a cancellation nobody asked for.
        { Exception: OperationCanceledException } => !caller.IsCancellationRequested,
        { Result: { } response } => (int)response.StatusCode is 429 or 500 or 502 or 503 or 504,
        _ => false,
    };

    /// <summary>Counts towards opening the circuit: faults only; a 429 is back-pressure, not a fault.</summary>
    private static bool IsFault(Outcome<HttpResponseMessage> outcome, CancellationToken caller) =>
        IsTransient(outcome, caller) && outcome.Result is not { StatusCode: System.Net.HttpStatusCode.TooManyRequests };

    private static ResiliencePipeline<HttpResponseMessage> Build(SpApiSection section, SpApiOptions options, TimeProvider time, ILogger log)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result?.Headers.RetryAfter?.Delta is { } after && after > TimeSpan.Zero
                        ? (TimeSpan?)TimeSpan.FromTicks(Math.Min(after.Ticks, options.MaxRetryDelay.Ticks))
                        : null),
                OnRetry = args =>
                {
                    log.LogWarning(
                        "SP-API {Operation} attempt {Attempt} failed with {Outcome}; retrying in {DelayMs} ms",
                        Operation(args.Context), args.AttemptNumber + 1, Describe(args.Outcome), (long)args.RetryDelay.TotalMilliseconds);
                    Shared.WaitNotice.Say(
                        $"a retry: Amazon answered {Operation(args.Context)} with {Describe(args.Outcome)}; retry {args.AttemptNumber + 1} of {options.MaxRetries} {Shared.WaitNotice.When(time.GetUtcNow(), args.RetryDelay)}");
                    return default;
                },
            });
        }
        return builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.CircuitFailureRatio,
            MinimumThroughput = options.CircuitMinimumThroughput,
            SamplingDuration = options.CircuitSamplingDuration,
            BreakDuration = options.CircuitBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsFault(args.Outcome, args.Context.CancellationToken)),
            OnOpened = args =>
            {
                log.LogError("SP-API {Section} circuit opened for {BreakSeconds} s after repeated failures (last: {Outcome})",
                    section, args.BreakDuration.TotalSeconds, Describe(args.Outcome));
                return default;
            },
            OnClosed = _ =>
            {
                log.LogInformation("SP-API {Section} circuit closed again", section);
                return default;
            },
        }).Build();
    }

    private static string Operation(ResilienceContext context) =>
        context.Properties.TryGetValue(OperationKey, out var name) ? name : "?";

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name : $"HTTP {(int)outcome.Result!.StatusCode}";
}
