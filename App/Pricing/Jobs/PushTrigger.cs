using SellerConsole.Jobs;

namespace SellerConsole.Pricing.Jobs;

/// <summary>
/// Starts the push job as soon as a repricing pass queued prices, so a competitor's move is answered in
/// seconds rather than at the next minute. Only with the scheduler on: without it (tests, Jobs:Enabled=false)
/// the push runs when asked, never in a background race.
/// </summary>
public sealed class PushTrigger(Repricer repricer, HangfireHost scheduler, JobChains chains) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        repricer.PricesQueued += StartPushAsync;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        repricer.PricesQueued -= StartPushAsync;
        return Task.CompletedTask;
    }

    private Task StartPushAsync() =>
        scheduler.Client is null ? Task.CompletedTask : chains.StartAsync([JobSchedules.Find("price-push")!], "prices queued");
}
