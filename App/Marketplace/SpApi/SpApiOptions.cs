namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Settings of <see cref="SpApiClient"/>. Production and the built-in Sandbox differ only in
/// <see cref="BaseUrl"/>, <see cref="LwaTokenUrl"/> and the credentials.
/// </summary>
public sealed class SpApiOptions
{
    public const string Section = "SpApi";

    public Uri BaseUrl { get; set; } = new("https://sellingpartnerapi-eu.amazon.com");

    public Uri LwaTokenUrl { get; set; } = new("https://api.amazon.com/auth/o2/token");

    /// <summary>amazon.co.uk.</summary>
    public string MarketplaceId { get; set; } = "A1F83G8C2ARO7P";

    public string CurrencyCode { get; set; } = "GBP";

    public string IssueLocale { get; set; } = "en_GB";

    /// <summary>Per HTTP attempt (waiting for a rate-limit token is not counted).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt on 429, 5xx, network errors and timeouts.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First back-off delay; doubles per retry, with jitter, capped at <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Every usage plan's rate is multiplied by this (bursts are not), and so are report polling
    /// waits divided by it. The Sandbox uses the same factor, so a benchmark can run a day's sync in minutes.
    /// </summary>
    public double TimeCompression { get; set; } = 1.0;

    /// <summary>
    /// How far under each documented rate the client paces itself (0.03 = 3%). The server's bucket sees
    /// requests after their trip across the network, and a request that left exactly on time can arrive
    /// a hair early for the server's bucket: a little headroom means a normal sync never meets a 429.
    /// </summary>
    public double PlanHeadroom { get; set; } = 0.03;

    /// <summary>Share of failed attempts (5xx, network, timeout) in the sampling window that opens a section's circuit.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts the window must hold before the circuit may open.</summary>
    public int CircuitMinimumThroughput { get; set; } = 8;

    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an open circuit fails calls fast before letting one probe through.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one call waits, in all, for an open circuit to let it through (it wakes when the break ends or
    /// a trial call closes the circuit) before failing as "circuit open". Zero fails at once.
    /// </summary>
    public TimeSpan CircuitWaitLimit { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gap between getReport polls while the report is IN_QUEUE or IN_PROGRESS (divided by TimeCompression).</summary>
    public TimeSpan ReportPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A report not DONE by then fails (divided by TimeCompression).</summary>
    public TimeSpan ReportMaxWait { get; set; } = TimeSpan.FromHours(1);

    public void Validate()
    {
        if (!BaseUrl.IsAbsoluteUri || !LwaTokenUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("SpApi BaseUrl and LwaTokenUrl must be absolute URLs.");
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(MarketplaceId, nameof(MarketplaceId));
        ArgumentException.ThrowIfNullOrWhiteSpace(CurrencyCode, nameof(CurrencyCode));
        if (RequestTimeout <= TimeSpan.Zero && RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout, "must be positive or infinite");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RetryBaseDelay, TimeSpan.Zero, nameof(RetryBaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryDelay, RetryBaseDelay, nameof(MaxRetryDelay));
        if (!(TimeCompression > 0) || double.IsInfinity(TimeCompression))
        {
            throw new ArgumentOutOfRangeException(nameof(TimeCompression), TimeCompression, "must be a positive number");
        }
        if (!(PlanHeadroom >= 0 && PlanHeadroom < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(PlanHeadroom), PlanHeadroom, "must be at least 0 and under 0.5");
        }
        if (!(CircuitFailureRatio > 0 && CircuitFailureRatio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(CircuitFailureRatio), CircuitFailureRatio, "must be in (0, 1]");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(CircuitMinimumThroughput, 2, nameof(CircuitMinimumThroughput));
        ArgumentOutOfRangeException.ThrowIfLessThan(CircuitSamplingDuration, TimeSpan.FromMilliseconds(500), nameof(CircuitSamplingDuration));
        ArgumentOutOfRangeException.ThrowIfLessThan(CircuitBreakDuration, TimeSpan.FromMilliseconds(500), nameof(CircuitBreakDuration));
        ArgumentOutOfRangeException.ThrowIfLessThan(CircuitWaitLimit, TimeSpan.Zero, nameof(CircuitWaitLimit));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ReportPollInterval, TimeSpan.Zero, nameof(ReportPollInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ReportMaxWait, TimeSpan.Zero, nameof(ReportMaxWait));
    }

    internal TimeSpan Compressed(TimeSpan span) => TimeSpan.FromTicks((long)Math.Ceiling(span.Ticks / TimeCompression));
}
