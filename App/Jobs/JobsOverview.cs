using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Jobs;

public sealed record JobStatus(
    JobDefinition Job,
    DateTime? NextFireUtc,
    JobRun? LastRun,
    JobProgressed? Progress);

/// <summary>Reads what the Jobs page, the dashboard and the API show about jobs.</summary>
public sealed class JobsOverview(IDbContextFactory<SellerDb> dbs, HangfireHost scheduler, JobRunner runner)
{
    public async Task<IReadOnlyList<JobStatus>> StatusesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var result = new List<JobStatus>();
        var next = scheduler.NextRuns();
        foreach (var job in JobSchedules.All)
        {
            var last = await db.JobRuns.AsNoTracking()
                .Where(r => r.JobName == job.Name && r.Outcome != JobOutcome.Skipped)
                .OrderByDescending(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            result.Add(new JobStatus(job, next.GetValueOrDefault(job.Name), last, runner.FindRunning(job.Name)?.Context.Progress));
        }
        return result;
    }

    public async Task<IReadOnlyList<JobRun>> RecentRunsAsync(int take, string? jobName, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var query = db.JobRuns.AsNoTracking();
        if (!string.IsNullOrEmpty(jobName))
        {
            query = query.Where(r => r.JobName == jobName);
        }
        return await query.OrderByDescending(r => r.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<JobRun?> FindRunAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
    }
}
