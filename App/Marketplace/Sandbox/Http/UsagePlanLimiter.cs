using Microsoft.Extensions.Options;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>One usage-plan bucket as the Sandbox page shows it.</summary>
public sealed record BucketSnapshot(string Operation, double Rate, int Burst, double Available, TimeSpan UntilNextToken, bool Storming);

/// <summary>
/// Amazon's per-operation throttling for the one selling partner + application pair the Sandbox
/// serves: a token bucket per operation on the app clock, rates multiplied by Sandbox:TimeCompression.
/// </summary>
public sealed class UsagePlanLimiter(TimeProvider clock, IOptions<SandboxOptions> options, SandboxFaults faults)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, TokenBucket> _buckets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>False means answer 429: the bucket is empty or a 429 storm is on for the operation.</summary>
    public bool TryAcquire(string operation)
    {
        var now = clock.GetUtcNow();
        if (faults.IsStorming(operation, now.UtcDateTime)) return false;
        lock (_gate)
        {
            return Bucket(operation, now).TryTake(now);
        }
    }

    public IReadOnlyList<BucketSnapshot> Snapshot()
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            return UsagePlans.All.Select(p =>
            {
                var bucket = Bucket(p.Operation, now);
                return new BucketSnapshot(p.Operation, bucket.RatePerSecond, p.Burst, bucket.Available(now), bucket.UntilNextToken(now),
                    faults.IsStorming(p.Operation, now.UtcDateTime));
            }).ToList();
        }
    }

    private TokenBucket Bucket(string operation, DateTimeOffset now)
    {
        if (!_buckets.TryGetValue(operation, out var bucket))
        {
            var plan = UsagePlans.Get(operation);
            bucket = new TokenBucket(plan.Rate * options.Value.TimeCompression, plan.Burst, now);
            _buckets[plan.Operation] = bucket;
        }
        return bucket;
    }
}
