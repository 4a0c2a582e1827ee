using SellerConsole.Jobs;
using SellerConsole.Pricing.Push;

namespace SellerConsole.Pricing.Jobs;

/// <summary>
/// Starts the push job as soon as a price is queued (a pass, an approval, an undo), so a competitor's move
/// is answered in seconds rather than at the next minute; a burst of prices starts it once. Only with the
/// scheduler on: without it (tests, Jobs:Enabled=false) the push runs when asked, never in a background race.
/// </summary>
public sealed class PushTrigger(PricePushQueue queue, HangfireHost scheduler, JobChains chains, TimeProvider clock) : IHostedService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);
    private long _lastTicks;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        queue.Enqueued += StartPushAsync;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Enqueued -= StartPushAsync;
        return Task.CompletedTask;
    }

    private Task StartPushAsync()
    {
        if (scheduler.Client is null) return Task.CompletedTask;
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastTicks);
        if (last != 0 && clock.GetElapsedTime(last, now) < Quiet) return Task.CompletedTask;
        if (Interlocked.CompareExchange(ref _lastTicks, now, last) != last) return Task.CompletedTask;
        return chains.StartAsync([JobSchedules.Find("price-push")!], "prices queued");
    }
}
