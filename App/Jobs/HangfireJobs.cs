using System.ComponentModel;
using Hangfire;

namespace SellerConsole.Jobs;

/// <summary>
/// What Hangfire stores and performs: a job name and a trigger, handed to <see cref="JobRunner"/>, which
/// records the run. A failed run throws <see cref="JobRunFailedException"/> so Hangfire retries it after
/// 30 s, 2 min and 10 min (a nightly sync hit by a short SP-API outage still completes that night); a run
/// the owner cancelled throws <see cref="JobRunCancelledException"/>, which is never retried. A run stopped
/// by shutdown rethrows the cancellation, and Hangfire re-queues it for the next start.
/// </summary>
public sealed class HangfireJobs(JobRunner runner, IServiceProvider services)
{
    public const int RetryAttempts = 3;

    /// <summary>
    /// A recurring schedule fired: if the job is already running (say, "Run now"), this firing is skipped. So is the
    /// firing of a first-start job that has never run: its first run is its place in the first-start chain, after
    /// the data it reads (a Keepa refresh firing at :10 while the first catalogue sync was still reading refreshed
    /// 0 ASINs and showed that as its first result).
    /// </summary>
    [AutomaticRetry(Attempts = RetryAttempts, DelaysInSeconds = [30, 120, 600], OnlyOn = [typeof(JobRunFailedException)])]
    [DisplayName("{0} (schedule)")]
    public async Task ScheduledAsync(string jobName, CancellationToken cancellationToken)
    {
        var job = Find(jobName);
        if (job.RunOnFirstStart && !await services.GetRequiredService<JobRunHistory>().HasEverRunAsync(job.Name, cancellationToken)) return;
        if (services.GetService(job.JobType) is IScheduledWorkCheck check && !await check.HasWorkAsync(cancellationToken)) return;
        await PerformAsync(runner, job, "schedule", waitIfRunning: false, cancellationToken);
    }

    /// <summary>A step of a chain: waits for a run already in progress, then runs, so it sees the previous step's data.</summary>
    [AutomaticRetry(Attempts = RetryAttempts, DelaysInSeconds = [30, 120, 600], OnlyOn = [typeof(JobRunFailedException)])]
    [DisplayName("{0} ({1})")]
    public Task ChainStepAsync(string jobName, string trigger, CancellationToken cancellationToken) =>
        PerformAsync(runner, Find(jobName), trigger, waitIfRunning: true, cancellationToken);

    /// <summary>Runs the job and turns its recorded outcome into what Hangfire understands (see the class summary).</summary>
    internal static async Task PerformAsync(JobRunner runner, JobDefinition job, string trigger, bool waitIfRunning, CancellationToken cancellationToken)
    {
        var outcome = waitIfRunning
            ? await runner.RunWhenFreeAsync(job, trigger, cancellationToken)
            : await runner.RunAsync(job, trigger, cancellationToken);
        switch (outcome)
        {
            case JobOutcome.Failed:
                throw new JobRunFailedException($"{job.Title} failed (see the Jobs page for the error)");
            case JobOutcome.Cancelled:
                cancellationToken.ThrowIfCancellationRequested();
                throw new JobRunCancelledException($"{job.Title} was cancelled by the owner");
        }
    }

    private static JobDefinition Find(string jobName) =>
        JobSchedules.Find(jobName) ?? throw new InvalidOperationException($"Unknown job '{jobName}': it was removed from JobSchedules");
}

/// <summary>A run failed; Hangfire retries it (see <see cref="HangfireJobs"/>).</summary>
public sealed class JobRunFailedException(string message) : Exception(message);

/// <summary>The owner cancelled the run; Hangfire marks it failed without retrying, and a chain stops there.</summary>
public sealed class JobRunCancelledException(string message) : Exception(message);
