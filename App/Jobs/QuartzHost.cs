using System.Collections.Specialized;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl;
using Quartz.Spi;
using SellerConsole.Shared;

namespace SellerConsole.Jobs;

public enum SchedulerState
{
    NotStarted,
    Running,
    Disabled,
    Stopped,
    Failed,
}

/// <summary>
/// Hosts Quartz in our own hosted service (no Quartz.Extensions.* on the feed). Every schedule comes
/// from <see cref="JobSchedules"/>; triggers live in RAM because runs are recorded in our own table.
/// </summary>
public sealed class QuartzHost(IServiceProvider services, JobRunner runner, IOptions<JobsOptions> options, ILoggerFactory loggers) : IHostedService
{
    private readonly ILogger _log = loggers.CreateLogger<QuartzHost>();
    private readonly CancellationTokenSource _stopping = new();
    private IScheduler? _scheduler;

    public SchedulerState State { get; private set; } = SchedulerState.NotStarted;
    public string? FailureReason { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await runner.CloseInterruptedRunsAsync(cancellationToken);
        if (!options.Value.Enabled)
        {
            State = SchedulerState.Disabled;
            _log.LogInformation("Scheduler disabled (Jobs:Enabled=false); jobs run only on demand");
            return;
        }

        try
        {
            Quartz.Logging.LogContext.SetCurrentLogProvider(loggers);
            var properties = new NameValueCollection
            {
                ["quartz.scheduler.instanceName"] = "SellerConsole",
                ["quartz.threadPool.maxConcurrency"] = "4",
                ["quartz.jobStore.type"] = "Quartz.Simpl.RAMJobStore, Quartz",
            };
            var scheduler = await new StdSchedulerFactory(properties).GetScheduler(cancellationToken);
            scheduler.JobFactory = new ServiceProviderJobFactory(services);
            foreach (var job in JobSchedules.All.Where(j => j.Cron is not null))
            {
                await scheduler.ScheduleJob(BuildJob(job), BuildTrigger(job), cancellationToken);
            }
            await scheduler.Start(cancellationToken);
            _scheduler = scheduler;
            State = SchedulerState.Running;
            _log.LogInformation("Scheduler started with {Count} scheduled job(s)", JobSchedules.All.Count(j => j.Cron is not null));
            _ = Task.Run(() => RunFirstStartJobsAsync(_stopping.Token), CancellationToken.None);
        }
        catch (Exception ex)
        {
            State = SchedulerState.Failed;
            FailureReason = ex.Message;
            _log.LogError(ex, "Scheduler failed to start");
        }
    }

    /// <summary>Jobs marked RunOnFirstStart that have never run, one after another, in schedule order.</summary>
    private async Task RunFirstStartJobsAsync(CancellationToken cancellationToken)
    {
        foreach (var job in JobSchedules.All.Where(j => j.RunOnFirstStart))
        {
            try
            {
                if (!await runner.HasEverRunAsync(job.Name, cancellationToken))
                {
                    await runner.RunAsync(job, "first start", cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _log.LogError(ex, "First-start run of {Job} failed", job.Name);
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        if (_scheduler is not null)
        {
            await _scheduler.Shutdown(waitForJobsToComplete: false, cancellationToken);
            State = SchedulerState.Stopped;
        }
    }

    /// <summary>The next time Quartz will fire this job, or null when unscheduled or the scheduler is off.</summary>
    public async Task<DateTime?> NextFireUtcAsync(string jobName, CancellationToken cancellationToken)
    {
        if (_scheduler is null || State != SchedulerState.Running)
        {
            return null;
        }
        var trigger = await _scheduler.GetTrigger(new TriggerKey(jobName), cancellationToken);
        return trigger?.GetNextFireTimeUtc()?.UtcDateTime;
    }

    private static IJobDetail BuildJob(JobDefinition job) =>
        JobBuilder.Create<ScheduledJob>()
            .WithIdentity(job.Name)
            .WithDescription(job.Title)
            .UsingJobData(ScheduledJob.JobNameKey, job.Name)
            .Build();

    private static ITrigger BuildTrigger(JobDefinition job) =>
        TriggerBuilder.Create()
            .WithIdentity(job.Name)
            .WithCronSchedule(job.Cron!, cron => cron.InTimeZone(UkTime.Zone).WithMisfireHandlingInstructionFireAndProceed())
            .Build();

    /// <summary>Quartz asks for job instances here; ours come from the container.</summary>
    private sealed class ServiceProviderJobFactory(IServiceProvider services) : IJobFactory
    {
        public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler) =>
            (IJob)services.GetRequiredService(bundle.JobDetail.JobType);

        public void ReturnJob(IJob job)
        {
        }
    }
}

/// <summary>
/// Quartz's view of every job: it hands the firing to <see cref="JobRunner"/>, which records it.
/// DisallowConcurrentExecution is per job key, so no job overlaps itself.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledJob(JobRunner runner) : IJob
{
    public const string JobNameKey = "job";

    public async Task Execute(IJobExecutionContext context)
    {
        var name = context.MergedJobDataMap.GetString(JobNameKey)!;
        var job = JobSchedules.Find(name) ?? throw new InvalidOperationException($"Unknown job '{name}'");
        await runner.RunAsync(job, "schedule", context.CancellationToken);
    }
}
