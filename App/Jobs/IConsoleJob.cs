namespace SellerConsole.Jobs;

/// <summary>
/// A unit of background work. Implementations are thin: one service call that reports progress
/// through the context. Jobs are resolved from DI in their own scope for every run.
/// </summary>
public interface IConsoleJob
{
    Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken);
}

/// <summary>What a finished run reports: how many items it handled and a one-line summary.</summary>
public sealed record JobResult(int ItemsProcessed, string Summary);
