using Microsoft.Extensions.Options;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Keepa's token account on the app clock: <c>refillRate</c> tokens arrive once a minute, up to an
/// hour's worth (unused tokens expire after an hour). A request runs while the balance is positive
/// and may take it below zero; at zero or below it is refused (429 NOT_ENOUGH_TOKEN).
/// </summary>
public sealed class KeepaTokenBucket
{
    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private readonly DateTime _epoch;
    private long _refills;
    private int _tokens;

    public KeepaTokenBucket(TimeProvider clock, IOptions<SandboxOptions> options)
    {
        _clock = clock;
        RefillRate = options.Value.KeepaRefillPerMinute;
        _epoch = clock.GetUtcNow().UtcDateTime;
        _tokens = Capacity;
    }

    public int RefillRate { get; }

    public int Capacity => RefillRate * 60;

    /// <summary>Spends <paramref name="cost"/> if the balance is positive; the token fields to report either way.</summary>
    public bool TrySpend(int cost, out KeepaWireTokens tokens)
    {
        lock (_gate)
        {
            var now = Refill();
            var allowed = _tokens > 0;
            if (allowed) _tokens -= cost;
            tokens = Fields(now, allowed ? cost : 0);
            return allowed;
        }
    }

    public KeepaWireTokens Peek()
    {
        lock (_gate) return Fields(Refill(), 0);
    }

    private DateTime Refill()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var minutes = (long)Math.Floor((now - _epoch).TotalMinutes);
        if (minutes > _refills)
        {
            _tokens = (int)Math.Min(Capacity, _tokens + (minutes - _refills) * RefillRate);
            _refills = minutes;
        }
        return now;
    }

    private KeepaWireTokens Fields(DateTime now, int consumed)
    {
        var nextRefill = _epoch.AddMinutes(_refills + 1);
        return new KeepaWireTokens(now, _tokens, (int)Math.Ceiling((nextRefill - now).TotalMilliseconds), RefillRate, consumed);
    }
}
