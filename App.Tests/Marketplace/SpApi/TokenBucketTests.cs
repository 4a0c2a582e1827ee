using SellerConsole.Marketplace.SpApi;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class TokenBucketTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(double seconds) => T0 + TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_full_bucket_allows_the_burst_less_one_reserve_token_then_one_request_per_interval()
    {
        var bucket = new TokenBucket(5, 10, T0);

        // Burst 10: nine at once, one kept in reserve against a late first arrival at the server.
        Assert.All(Enumerable.Range(0, 9), _ => Assert.Equal(TimeSpan.Zero, bucket.TryTake(T0)));
        Assert.Equal(TimeSpan.FromMilliseconds(200), bucket.TryTake(T0));
        Assert.Equal(TimeSpan.FromMilliseconds(50), bucket.TryTake(At(0.15)));
        Assert.Equal(TimeSpan.Zero, bucket.TryTake(At(0.2)));
        Assert.Equal(0, bucket.TokensAvailable(At(0.2)));
        Assert.Equal(9, bucket.TokensAvailable(At(60)));
    }

    [Fact]
    public void Above_eighty_percent_of_the_plan_requests_are_paced_instead_of_bursting()
    {
        var bucket = new TokenBucket(1, 10, T0);
        for (var i = 0; i < 10; i++)
        {
            bucket.TryTake(T0);
        }
        for (var s = 1; s <= 50; s++)
        {
            Assert.Equal(TimeSpan.Zero, bucket.TryTake(At(s)));
        }

        // At 58 s eight tokens have refilled, but 59 calls in the last minute is over 80% of 70.
        Assert.True(bucket.IsPacing(At(58)));
        Assert.Equal(8, bucket.TokensAvailable(At(58)), 6);
        Assert.Equal(TimeSpan.Zero, bucket.TryTake(At(58)));
        Assert.Equal(TimeSpan.FromSeconds(1), bucket.TryTake(At(58)));
        Assert.Equal(TimeSpan.Zero, bucket.TryTake(At(59)));

        // A minute later the window is quiet again and the bucket bursts.
        Assert.False(bucket.IsPacing(At(200)));
        Assert.All(Enumerable.Range(0, 9), _ => Assert.Equal(TimeSpan.Zero, bucket.TryTake(At(200))));
    }

    [Fact]
    public void A_drain_empties_the_bucket_and_counts_the_throttle()
    {
        var bucket = new TokenBucket(2, 15, T0);

        bucket.Drain(T0);

        Assert.Equal(0, bucket.TokensAvailable(T0));
        Assert.Equal(1, bucket.Throttled);
        Assert.Equal(TimeSpan.FromMilliseconds(500), bucket.TryTake(T0));
        Assert.Equal(TimeSpan.Zero, bucket.TryTake(At(0.5)));
    }

    [Fact]
    public void Slow_plans_never_round_to_a_faster_rate()
    {
        var bucket = new TokenBucket(0.0056, 1, T0);
        bucket.TryTake(T0);

        var wait = bucket.TryTake(T0);

        Assert.True(wait.TotalSeconds >= 1 / 0.0056, $"{wait.TotalSeconds}");
        Assert.True(wait.TotalSeconds < 1 / 0.0056 + 1e-6, $"{wait.TotalSeconds}");
    }
}
