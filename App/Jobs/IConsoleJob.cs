namespace SellerConsole.Jobs;

/// <summary>
/// A unit of background work. Implementations are thin: one service call that reports progress
/// through the context. Jobs are resolved from DI in their own scope for every run.
/// </summary>
public interface IConsoleJob
{
    Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken);
}

/// <summary>
/// A job whose schedule fires often as a safety net (the price push, every minute) but that usually has nothing
/// to do: a scheduled firing with no work is skipped without a run record, so the Jobs history is not 1,440 empty
/// runs a day. "Run now" and chains always run.
/// </summary>
public interface IScheduledWorkCheck
{
    Task<bool> HasWorkAsync(CancellationToken cancellationToken);
}

/// <summary>What a finished run reports: how many items it handled and a one-line summary.</summary>
public sealed record JobResult(int ItemsProcessed, string Summary);
