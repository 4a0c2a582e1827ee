using SellerConsole.Jobs;

namespace SellerConsole.Pricing.Jobs;

/// <summary>Hourly pass over every SKU: schedules and sales-velocity rules move prices even when the market is quiet.</summary>
public sealed class RepricingJob(Repricer repricer) : IConsoleJob
{
    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        context.ReportProgress(0, 1, "Deciding every SKU");
        var run = await repricer.RunAsync(null, "schedule", dryRun: false, cancellationToken);
        context.ReportProgress(1, 1, "Done");
        return new JobResult(run.Decided, run.Summary);
    }
}
