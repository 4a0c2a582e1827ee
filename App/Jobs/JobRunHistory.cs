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
    /// <summary>
    /// Records a run starting. The caller holds the job's lock on every node, so no other run of this job is alive
    /// anywhere: one still marked running was left by a node that died (killed, or its machine lost) and is closed.
    /// </summary>
    public async Task<JobRun> StartAsync(JobDefinition job, string trigger, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new JobRun { JobName = job.Name, Trigger = trigger, StartedUtc = now, Outcome = JobOutcome.Running };
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        foreach (var orphan in await db.JobRuns.Where(r => r.JobName == job.Name && r.Outcome == JobOutcome.Running).ToListAsync(cancellationToken))
        {
            Interrupted(orphan, now, "Interrupted: the node running it stopped before it finished");
        }
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
    /// <remarks>
    /// With several nodes, a run still marked running may be alive on another node: <paramref name="tryLock"/> (a
    /// job's cross-node lock) tells them apart, and only runs whose job nobody holds are closed.
    /// </remarks>
    public async Task CloseInterruptedRunsAsync(CancellationToken cancellationToken, Func<string, Task<IDisposable?>>? tryLock = null)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var stale = await db.JobRuns.Where(r => r.Outcome == JobOutcome.Running).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var runs in stale.GroupBy(r => r.JobName))
        {
            using var held = tryLock is null ? null : await tryLock(runs.Key);
            if (tryLock is not null && held is null)
            {
                continue; // running on another node
            }
            foreach (var run in runs)
            {
                Interrupted(run, now, "Interrupted: the app stopped while this run was in progress");
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Interrupted(JobRun run, DateTime now, string why)
    {
        run.Outcome = JobOutcome.Failed;
        run.FinishedUtc = now;
        run.Error = why;
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
