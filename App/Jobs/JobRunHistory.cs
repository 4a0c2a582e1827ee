using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Data;
using SellerConsole.Shared;

namespace SellerConsole.Jobs;

/// <summary>
/// The JobRuns table: a row when a run starts, its outcome when it ends, an alert when a job keeps failing,
/// and runs a crash left open closed at start-up. <see cref="JobRunner"/> decides when; this writes.
/// </summary>
public sealed class JobRunHistory(IDbContextFactory<SellerDb> dbs, AlertService alerts, TimeProvider clock)
{
    public async Task<JobRun> StartAsync(JobDefinition job, string trigger, CancellationToken cancellationToken)
    {
        var run = new JobRun { JobName = job.Name, Trigger = trigger, StartedUtc = clock.GetUtcNow().UtcDateTime, Outcome = JobOutcome.Running };
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>A scheduled firing that found the job running on another node: a finished row saying so, naming that run.</summary>
    public async Task SkippedAsync(JobDefinition job, string trigger, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var other = await db.JobRuns.AsNoTracking()
            .Where(r => r.JobName == job.Name && r.Outcome == JobOutcome.Running)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var which = other is null ? "" : $" (run {other.Id}, started {UkTime.Format(other.StartedUtc)})";
        db.JobRuns.Add(new JobRun
        {
            JobName = job.Name,
            Trigger = trigger,
            StartedUtc = now,
            FinishedUtc = now,
            Outcome = JobOutcome.Skipped,
            Summary = $"Skipped: another node was already running this job{which}",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records the outcome; never cancelled, since the shutdown that cancelled the job must not lose it.</summary>
    public async Task<JobRun> FinishAsync(JobDefinition job, long runId, JobOutcome outcome, JobResult? result, string? error)
    {
        await using var db = await dbs.CreateDbContextAsync(CancellationToken.None);
        var run = await db.JobRuns.SingleAsync(r => r.Id == runId);
        run.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        run.Outcome = outcome;
        run.ItemsProcessed = result?.ItemsProcessed ?? 0;
        run.Summary = Truncate(result?.Summary, 1000);
        run.Error = Truncate(error, 4000);
        await db.SaveChangesAsync(CancellationToken.None);
        if (outcome == JobOutcome.Failed)
        {
            await AlertIfFailingAsync(db, job, error);
        }
        return run;
    }

    public async Task<bool> HasEverRunAsync(string jobName, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.AnyAsync(r => r.JobName == jobName, cancellationToken);
    }

    /// <summary>Runs left "Running" by a crash or kill are closed as failed at start-up.</summary>
    public async Task CloseInterruptedRunsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var stale = await db.JobRuns.Where(r => r.Outcome == JobOutcome.Running).ToListAsync(cancellationToken);
        foreach (var run in stale)
        {
            run.Outcome = JobOutcome.Failed;
            run.FinishedUtc = clock.GetUtcNow().UtcDateTime;
            run.Error = "Interrupted: the app stopped while this run was in progress";
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AlertIfFailingAsync(SellerDb db, JobDefinition job, string? error)
    {
        var recent = await db.JobRuns
            .Where(r => r.JobName == job.Name && r.Outcome != JobOutcome.Running && r.Outcome != JobOutcome.Skipped)
            .OrderByDescending(r => r.Id)
            .Take(job.AlertAfterConsecutiveFailures)
            .Select(r => r.Outcome)
            .ToListAsync();
        if (recent.Count == job.AlertAfterConsecutiveFailures && recent.All(o => o == JobOutcome.Failed))
        {
            var times = job.AlertAfterConsecutiveFailures == 1 ? "failed" : $"failed {job.AlertAfterConsecutiveFailures} times in a row";
            await alerts.RaiseAsync(new AlertRequest(
                "job.failed", AlertSeverity.Critical, $"{job.Title} {times}", error, DedupKey: $"job.failed:{job.Name}", Link: "/jobs"),
                CancellationToken.None);
        }
    }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
