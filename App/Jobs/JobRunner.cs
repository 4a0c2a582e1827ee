using System.Collections.Concurrent;
using SellerConsole.Live;

namespace SellerConsole.Jobs;

/// <summary>A run in progress, as the Jobs page shows it.</summary>
public sealed record RunningJob(JobDefinition Job, long RunId, string Trigger, DateTime StartedUtc, JobContext Context, CancellationTokenSource Cancellation);

/// <summary>
/// The one place a job run happens, whether Hangfire fired it (schedule, chain, retry) or the owner pressed
/// "Run now". It records every run, streams progress to the live feed, raises an alert when a job keeps
/// failing, and never lets a job overlap itself: a per-name slot in this process, then a per-name lock in
/// Hangfire's storage (<see cref="JobLocks"/>) across nodes (Hangfire's DisableConcurrentExecution locks per
/// method, not per job name, so it would serialise every job).
/// </summary>
public sealed class JobRunner(
    IServiceScopeFactory scopes,
    JobRunHistory history,
    JobLocks locks,
    LiveFeed live,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<JobRunner> log)
{
    private readonly ConcurrentDictionary<string, Slot> _running = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<RunningJob> Running => _running.Values.Select(s => s.Job).OfType<RunningJob>().ToList();

    public RunningJob? FindRunning(string jobName) => _running.TryGetValue(jobName, out var slot) ? slot.Job : null;

    /// <summary>Completes when no run of <paramref name="jobName"/> is in progress (at once if none is).</summary>
    public Task WhenIdleAsync(string jobName, CancellationToken cancellationToken) =>
        _running.TryGetValue(jobName, out var slot) ? slot.Done.Task.WaitAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// For a chain step: if the job is already running (a schedule or "Run now" got there first), waits for that
    /// run to end and then runs it again, so this run starts only after the previous chain step's data is written.
    /// </summary>
    public async Task<JobOutcome> RunWhenFreeAsync(JobDefinition job, string trigger, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (running, _) = await BeginAsync(job, trigger, waitForOtherNodes: true, cancellationToken);
            if (running is not null)
            {
                using var link = cancellationToken.Register(running.Cancellation.Cancel);
                return await ExecuteAsync(running);
            }
            await WhenIdleAsync(job.Name, cancellationToken);
        }
    }

    /// <summary>Starts a run in the background and returns its record, or null if the job is already running.</summary>
    public async Task<JobRun?> StartAsync(JobDefinition job, string trigger, CancellationToken cancellationToken)
    {
        var (running, _) = await BeginAsync(job, trigger, waitForOtherNodes: false, cancellationToken);
        if (running is null)
        {
            return null;
        }
        _ = Task.Run(() => ExecuteAsync(running), CancellationToken.None);
        return new JobRun { Id = running.RunId, JobName = job.Name, Trigger = trigger, StartedUtc = running.StartedUtc, Outcome = JobOutcome.Running };
    }

    /// <summary>
    /// Runs to completion on the caller (a Hangfire worker). Returns null if it was already running: here (logged
    /// only, the page shows that run) or on another node (recorded as a skipped run, so this node's page says why).
    /// </summary>
    public async Task<JobOutcome?> RunAsync(JobDefinition job, string trigger, CancellationToken cancellationToken)
    {
        var (running, elsewhere) = await BeginAsync(job, trigger, waitForOtherNodes: false, cancellationToken);
        if (running is null)
        {
            log.LogInformation("Skipped {Job} ({Trigger}): it is already running{Where}", job.Name, trigger, elsewhere ? " on another node" : "");
            if (elsewhere)
            {
                await history.SkippedAsync(job, trigger, cancellationToken);
            }
            return null;
        }
        using var link = cancellationToken.Register(running.Cancellation.Cancel);
        return await ExecuteAsync(running);
    }

    public bool Cancel(string jobName)
    {
        var running = FindRunning(jobName);
        running?.Cancellation.Cancel();
        return running is not null;
    }

    /// <summary>The run, or null and whether another node holds the job (false: this process is running it).</summary>
    private async Task<(RunningJob? Running, bool Elsewhere)> BeginAsync(
        JobDefinition job, string trigger, bool waitForOtherNodes, CancellationToken cancellationToken)
    {
        // Reserve the name first so two triggers racing here cannot both start.
        var slot = new Slot();
        if (!_running.TryAdd(job.Name, slot))
        {
            return (null, false);
        }
        try
        {
            slot.Lock = waitForOtherNodes ? await locks.TakeAsync(job.Name, cancellationToken) : await locks.TryTakeAsync(job.Name);
            if (slot.Lock is null)
            {
                Release(job.Name, slot);
                return (null, true);
            }
            var run = await history.StartAsync(job, trigger, cancellationToken);
            var context = new JobContext(job, run.Id, trigger, live, clock);
            var cancellation = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
            var running = new RunningJob(job, run.Id, trigger, run.StartedUtc, context, cancellation);
            slot.Job = running;
            context.ReportProgress(0, 1, "Starting");
            log.LogInformation("Started {Job} run {RunId} ({Trigger})", job.Name, run.Id, trigger);
            return (running, false);
        }
        catch
        {
            Release(job.Name, slot);
            throw;
        }
    }

    private async Task<JobOutcome> ExecuteAsync(RunningJob running)
    {
        var (job, runId) = (running.Job, running.RunId);
        var token = running.Cancellation.Token;
        JobOutcome outcome;
        JobResult? result = null;
        string? error = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var instance = (IConsoleJob)scope.ServiceProvider.GetRequiredService(job.JobType);
            using (SellerConsole.Shared.WaitNotice.Listen(running.Context.ReportWaiting))
            {
                result = await instance.RunAsync(running.Context, token);
            }
            outcome = JobOutcome.Succeeded;
            running.Context.ReportProgress(1, 1, result.Summary);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            outcome = JobOutcome.Cancelled;
            error = lifetime.ApplicationStopping.IsCancellationRequested ? "Cancelled: the app was stopping" : "Cancelled by the owner";
        }
        catch (Exception ex)
        {
            outcome = JobOutcome.Failed;
            error = $"{ex.GetType().Name}: {ex.Message}";
            log.LogError(ex, "Job {Job} run {RunId} failed", job.Name, runId);
        }

        try
        {
            var run = await history.FinishAsync(job, runId, outcome, result, error);
            SellerConsole.Operations.SellerMetrics.JobFinished(job.Name, outcome.ToString(), run.Duration ?? TimeSpan.Zero, run.ItemsProcessed);
            log.LogInformation("Finished {Job} run {RunId}: {Outcome} in {Seconds:F1}s, {Items} item(s)",
                job.Name, runId, outcome, (run.FinishedUtc - run.StartedUtc)?.TotalSeconds, run.ItemsProcessed);
        }
        finally
        {
            if (_running.TryGetValue(job.Name, out var slot))
            {
                Release(job.Name, slot);
            }
            running.Cancellation.Dispose();
        }
        live.Publish(new JobCompleted(job.Name, runId, outcome, result?.ItemsProcessed ?? 0, result?.Summary, error));
        return outcome;
    }

    private void Release(string jobName, Slot slot)
    {
        // The cross-node lock goes first, so a run this release lets start here finds it free.
        slot.Lock?.Dispose();
        _running.TryRemove(new KeyValuePair<string, Slot>(jobName, slot));
        slot.Done.TrySetResult();
    }

    /// <summary>A job name's reservation: empty while the run record is written, then the run.</summary>
    private sealed class Slot
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public RunningJob? Job { get; set; }
        public IDisposable? Lock { get; set; }
    }
}
