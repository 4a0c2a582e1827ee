using Hangfire;

namespace SellerConsole.Jobs;

/// <summary>
/// Runs jobs one after another, each starting only once the one before it succeeded (the offers sync
/// reads the listings the catalogue sync writes). With a Hangfire server the chain is a row of
/// continuations, so it survives a restart and each step gets Hangfire's retries; without one
/// (<c>Jobs:Enabled=false</c>) it runs here, in order, through the same <see cref="JobRunner"/>.
/// </summary>
public sealed class JobChains(HangfireHost scheduler, JobRunner runner, IHostApplicationLifetime lifetime, ILogger<JobChains> log)
{
    /// <summary>
    /// Starts the chain and returns at once. The task completes when the chain has ended
    /// (in Hangfire, when its steps were enqueued: the runs themselves are in the run history).
    /// </summary>
    public Task StartAsync(IReadOnlyList<JobDefinition> jobs, string trigger)
    {
        if (jobs.Count == 0)
        {
            return Task.CompletedTask;
        }
        if (scheduler.Client is { } client)
        {
            var ids = Enqueue(client, jobs, trigger);
            log.LogInformation("Chain {Jobs} ({Trigger}) enqueued as Hangfire jobs {Ids}", Names(jobs), trigger, string.Join(" -> ", ids));
            return Task.CompletedTask;
        }
        return Task.Run(() => RunHereAsync(jobs, trigger, lifetime.ApplicationStopping), CancellationToken.None);
    }

    /// <summary>The first job is enqueued; each next one awaits the previous one's success.</summary>
    internal static IReadOnlyList<string> Enqueue(IBackgroundJobClient client, IReadOnlyList<JobDefinition> jobs, string trigger)
    {
        var ids = new List<string>();
        foreach (var job in jobs)
        {
            var name = job.Name;
            ids.Add(ids.Count == 0
                ? client.Enqueue<HangfireJobs>(j => j.ChainStepAsync(name, trigger, CancellationToken.None))
                : client.ContinueJobWith<HangfireJobs>(ids[^1], j => j.ChainStepAsync(name, trigger, CancellationToken.None)));
        }
        return ids;
    }

    private async Task RunHereAsync(IReadOnlyList<JobDefinition> jobs, string trigger, CancellationToken cancellationToken)
    {
        foreach (var job in jobs)
        {
            try
            {
                var outcome = await runner.RunWhenFreeAsync(job, trigger, cancellationToken);
                if (outcome != JobOutcome.Succeeded)
                {
                    log.LogWarning("Chain {Jobs} ({Trigger}) stopped: {Job} {Outcome}", Names(jobs), trigger, job.Name, outcome);
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Chain {Jobs} ({Trigger}) stopped at {Job}", Names(jobs), trigger, job.Name);
                return;
            }
        }
    }

    private static string Names(IEnumerable<JobDefinition> jobs) => string.Join(" -> ", jobs.Select(j => j.Name));
}
