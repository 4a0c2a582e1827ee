using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Polly pipelines on the injected clock, per API section: retry (exponential back-off with jitter,
/// Retry-After honoured) and, inside each attempt, a circuit breaker around the HTTP send alone; and a
/// per-attempt timeout. Waiting for a rate-limit token or an access token happens between the two, so it
/// never counts as a timeout and never holds a half-open circuit: the trial is one request, bounded by
/// the per-attempt timeout.
/// </summary>
internal sealed class SpApiPipelines
{
    public static readonly ResiliencePropertyKey<string> OperationKey = new("spapi.operation");

    private readonly Dictionary<SpApiSection, Section> _sections;

    public SpApiPipelines(SpApiOptions options, TimeProvider time, ILogger log)
    {
        _sections = Enum.GetValues<SpApiSection>().ToDictionary(s => s, s => new Section(s, options, time, log));
        AttemptTimeout = options.RequestTimeout == Timeout.InfiniteTimeSpan
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(options.RequestTimeout).Build();
    }

    public ResiliencePipeline AttemptTimeout { get; }

    public ResiliencePipeline<HttpResponseMessage> Retry(SpApiSection section) => _sections[section].Retry;

    public ResiliencePipeline<HttpResponseMessage> Circuit(SpApiSection section) => _sections[section].Circuit;

    /// <summary>Completes at the section circuit's next change (opened again, or closed). Take it before the call.</summary>
    public Task NextCircuitChange(SpApiSection section) => _sections[section].NextChange;

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

    private static string Operation(ResilienceContext context) =>
        context.Properties.TryGetValue(OperationKey, out var name) ? name : "?";

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name : $"HTTP {(int)outcome.Result!.StatusCode}";

    private sealed class Section
    {
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Section(SpApiSection section, SpApiOptions options, TimeProvider time, ILogger log)
        {
            Retry = BuildRetry(options, time, log);
            Circuit = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
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
                    Changed();
                    return default;
                },
                OnHalfOpened = args =>
                {
                    log.LogInformation("SP-API {Section} circuit half-open: {Operation} is the trial call", section, Operation(args.Context));
                    return default;
                },
                OnClosed = _ =>
                {
                    log.LogInformation("SP-API {Section} circuit closed again", section);
                    Changed();
                    return default;
                },
            }).Build();
        }

        public ResiliencePipeline<HttpResponseMessage> Retry { get; }

        public ResiliencePipeline<HttpResponseMessage> Circuit { get; }

        public Task NextChange => Volatile.Read(ref _next).Task;

        private void Changed() =>
            Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

        private static ResiliencePipeline<HttpResponseMessage> BuildRetry(SpApiOptions options, TimeProvider time, ILogger log)
        {
            if (options.MaxRetries == 0)
            {
                return ResiliencePipeline<HttpResponseMessage>.Empty;
            }
            return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
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
            }).Build();
        }
    }
}
