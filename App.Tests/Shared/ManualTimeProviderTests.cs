using SellerConsole.Shared;

namespace SellerConsole.Tests.Shared;

public sealed class ManualTimeProviderTests
{
    [Fact]
    public async Task A_delay_completes_only_when_the_clock_passes_its_due_time()
    {
        var clock = new ManualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromSeconds(10), clock);

        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False(delay.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void Periodic_timers_fire_once_per_period_in_order()
    {
        var clock = new ManualTimeProvider();
        var fired = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        clock.Advance(TimeSpan.FromMinutes(3.5));

        Assert.Equal(3, fired.Count);
        Assert.Equal(clock.GetUtcNow() - TimeSpan.FromMinutes(0.5), fired[^1]);
    }

    [Fact]
    public void Timestamps_advance_with_the_clock()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetTimestamp();
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromSeconds(2), clock.GetElapsedTime(start));
    }
}
