using SellerConsole.Jobs;
using SellerConsole.Pricing.Push;

namespace SellerConsole.Pricing.Jobs;

/// <summary>Every minute while prices are open, and right after the repricer queues prices: reads back accepted prices, then sends queued ones.</summary>
public sealed class PricePushJob(PricePusher pusher, PricePushQueue queue) : IConsoleJob, IScheduledWorkCheck
{
    public Task<bool> HasWorkAsync(CancellationToken cancellationToken) => queue.HasOpenAsync(cancellationToken);

    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var result = await pusher.RunAsync(cancellationToken);
        context.ReportProgress(1, 1, result.Waiting ?? "Done");
        return new JobResult(result.Sent + result.Verified, result.Summary);
    }
}
