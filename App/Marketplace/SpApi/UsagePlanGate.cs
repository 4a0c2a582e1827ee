using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// One operation's <see cref="TokenBucket"/> behind a lock, with callers queued one at a time so
/// a waiter is not overtaken by later arrivals; waits run on the injected clock. The bucket paces at
/// the plan less the headroom; snapshots report the plan itself, as Amazon states it.
/// </summary>
internal sealed class UsagePlanGate(SpApiOperation operation, double planRate, double headroom, TimeProvider time)
{
    private readonly object _lock = new();
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly TokenBucket _bucket = new(planRate * (1 - headroom), operation.Burst, time.GetUtcNow());

    public SpApiOperation Operation => operation;

    /// <summary>Waits for a token; the snapshot is taken at the grant, under the lock, so it names this call's time.</summary>
    public async Task<QuotaSnapshot> AcquireAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (_lock)
                {
                    wait = _bucket.TryTake(time.GetUtcNow());
                    if (wait == TimeSpan.Zero)
                    {
                        return SnapshotLocked();
                    }
                }
                // Timers work in whole milliseconds: a shorter or fractional wait would wake early, find no
                // token and spin without the clock moving.
                if (wait >= Shared.WaitNotice.WorthSaying)
                {
                    Shared.WaitNotice.Say($"Amazon's {operation.Name} rate limit: next call {Shared.WaitNotice.When(time.GetUtcNow(), wait)}");
                }
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    public QuotaSnapshot Throttled()
    {
        lock (_lock)
        {
            _bucket.Drain(time.GetUtcNow());
            return SnapshotLocked();
        }
    }

    public QuotaSnapshot Snapshot()
    {
        lock (_lock)
        {
            return SnapshotLocked();
        }
    }

    private QuotaSnapshot SnapshotLocked()
    {
        var now = time.GetUtcNow();
        return new QuotaSnapshot(
            operation.Name, operation.Section, planRate, _bucket.Burst, _bucket.TokensAvailable(now),
            _bucket.CallsLastMinute(now), 100.0 * _bucket.CallsLastMinute(now) / (planRate * 60 + _bucket.Burst), _bucket.Throttled,
            _bucket.LastCall?.UtcDateTime, _bucket.IsPacing(now), now.UtcDateTime, _bucket.Granted);
    }
}
