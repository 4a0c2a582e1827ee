namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// A usage plan as a token bucket (in its GCRA form: one "theoretical arrival time" on integer ticks,
/// so no floating-point drift): <c>rate</c> tokens per second, up to <c>burst</c>, one per request.
/// Pure: the caller passes the time. When more than <see cref="PacingThreshold"/> of the plan was used
/// over the last minute, requests are spaced one interval apart instead of bursting.
/// </summary>
internal sealed class TokenBucket
{
    public const double PacingThreshold = 0.8;

    /// <summary>How late a burst's first request may reach the server without costing a 429.</summary>
    public static readonly TimeSpan ReserveTime = TimeSpan.FromMilliseconds(200);

    private static readonly long Window = TimeSpan.TicksPerMinute;

    // Rounded up so the bucket is never faster than the plan.
    private readonly long _interval;
    private readonly long _tolerance;
    private readonly int _usable;
    private readonly Queue<long> _recent = new();
    private long _arrival;
    private long? _last;

    public TokenBucket(double rate, int burst, DateTimeOffset start)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rate, 0, nameof(rate));
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1, nameof(burst));
        Rate = rate;
        Burst = burst;
        _interval = Math.Max(1, (long)Math.Ceiling(TimeSpan.TicksPerSecond / rate));
        // Part of the burst is kept in reserve: at least one token, or ReserveTime's worth of refill. The
        // first request of a burst often arrives late (a cold connection, a TLS handshake) while the rest
        // arrive on time, so the server's bucket sees the burst start later than we did and is short by
        // rate x delay tokens: without the reserve that showed as a 429 on the request after the burst.
        // The cost is the reserve's refill time once per idle-then-burst.
        var reserve = (int)Math.Ceiling(rate * ReserveTime.TotalSeconds - 1e-9);
        _usable = burst > 1 ? Math.Max(1, burst - Math.Clamp(reserve, 1, burst - 1)) : 1;
        _tolerance = (_usable - 1) * _interval;
        _arrival = start.UtcTicks;
    }

    public double Rate { get; }

    public int Burst { get; }

    public long Throttled { get; private set; }

    /// <summary>Tokens granted since the bucket was made: the calls sent under this plan.</summary>
    public long Granted { get; private set; }

    public DateTimeOffset? LastCall => _last is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Zero when a token was taken at <paramref name="now"/>; otherwise how long to wait before asking again.</summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        var t = now.UtcTicks;
        Forget(t);
        var earliest = Math.Max(_arrival - _tolerance, t);
        if (IsPacing(t) && _last is { } last)
        {
            earliest = Math.Max(earliest, last + _interval);
        }
        if (earliest > t)
        {
            return TimeSpan.FromTicks(earliest - t);
        }
        _arrival = Math.Max(_arrival, t) + _interval;
        _last = t;
        _recent.Enqueue(t);
        Granted++;
        return TimeSpan.Zero;
    }

    /// <summary>Amazon answered 429: our view of its bucket was too generous, so empty ours.</summary>
    public void Drain(DateTimeOffset now)
    {
        _arrival = Math.Max(_arrival, now.UtcTicks + _usable * _interval);
        Throttled++;
    }

    public double TokensAvailable(DateTimeOffset now) =>
        Math.Clamp((double)(now.UtcTicks - _arrival) / _interval + _usable, 0, _usable);

    public int CallsLastMinute(DateTimeOffset now)
    {
        Forget(now.UtcTicks);
        return _recent.Count;
    }

    /// <summary>Calls in the last minute over what the plan allows in a minute from a full bucket (rate × 60 + burst).</summary>
    public double PercentUsedLastMinute(DateTimeOffset now) => 100.0 * CallsLastMinute(now) / PlanPerMinute;

    public bool IsPacing(DateTimeOffset now) => IsPacing(now.UtcTicks);

    private double PlanPerMinute => Rate * 60 + Burst;

    private bool IsPacing(long t)
    {
        Forget(t);
        return _recent.Count > PacingThreshold * PlanPerMinute;
    }

    private void Forget(long t)
    {
        while (_recent.Count > 0 && _recent.Peek() <= t - Window)
        {
            _recent.Dequeue();
        }
    }
}
