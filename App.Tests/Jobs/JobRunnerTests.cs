using Microsoft.Extensions.DependencyInjection;
using SellerConsole.Alerts;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Jobs;

public sealed class JobRunnerTests
{
    private static readonly JobDefinition Gate = new("test-gate", "Gated test job", "Waits until the test opens the gate", typeof(GatedJob), null, "On demand");
    private static readonly JobDefinition Failing = new("test-failing", "Failing test job", "Always fails", typeof(FailingJob), null, "On demand", AlertAfterConsecutiveFailures: 3);

    private static SellerAppFactory NewApp() => new SellerAppFactoryWithTestJobs();

    [Fact]
    public async Task A_run_is_recorded_with_its_outcome_items_and_progress_events()
    {
        using var app = NewApp();
        _ = app.CreateAnonymousClient();
        var events = new List<LiveEvent>();
        using var subscription = app.Service<LiveFeed>().Subscribe(e => { lock (events) { events.Add(e); } return Task.CompletedTask; });
        var gate = app.Service<GatedJob.Gate>();
        var runner = app.Service<JobRunner>();

        var run = await runner.StartAsync(Gate, "manual", CancellationToken.None);
        Assert.NotNull(run);
        gate.Open.SetResult();
        var finished = await Eventually.GetAsync(() => app.Service<JobsOverview>().FindRunAsync(run.Id, CancellationToken.None), r => r!.Outcome != JobOutcome.Running, what: "the run to finish");

        Assert.Equal(JobOutcome.Succeeded, finished!.Outcome);
        Assert.Equal(3, finished.ItemsProcessed);
        Assert.Equal("manual", finished.Trigger);
        Assert.NotNull(finished.FinishedUtc);
        await Eventually.GetAsync(() => Task.FromResult(events.OfType<JobCompleted>().Count()), n => n == 1, what: "job.completed");
        lock (events)
        {
            var progress = events.OfType<JobProgressed>().Where(p => p.RunId == run.Id).ToList();
            Assert.Equal(0, progress[0].Done);
            Assert.Equal(100, progress[^1].Percent);
            Assert.True(progress.Select(p => p.Percent).SequenceEqual(progress.Select(p => p.Percent).Order()), "progress went backwards");
        }
    }

    [Fact]
    public async Task A_job_never_overlaps_itself()
    {
        using var app = NewApp();
        _ = app.CreateAnonymousClient();
        var runner = app.Service<JobRunner>();
        var gate = app.Service<GatedJob.Gate>();

        var first = await runner.StartAsync(Gate, "manual", CancellationToken.None);
        var second = await runner.StartAsync(Gate, "api", CancellationToken.None);
        var scheduled = await runner.RunAsync(Gate, "schedule", CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Null(scheduled);
        gate.Open.SetResult();
        await Eventually.GetAsync(() => Task.FromResult(runner.FindRunning(Gate.Name)), r => r is null, what: "the run to end");
        Assert.Single(await app.Service<JobsOverview>().RecentRunsAsync(10, Gate.Name, CancellationToken.None));
    }

    [Fact]
    public async Task Three_failures_in_a_row_raise_one_alert_and_repeats_bump_it()
    {
        using var app = NewApp();
        _ = app.CreateAnonymousClient();
        var runner = app.Service<JobRunner>();
        var alerts = app.Service<AlertService>();

        Assert.Equal(JobOutcome.Failed, await runner.RunAsync(Failing, "manual", CancellationToken.None));
        Assert.Equal(JobOutcome.Failed, await runner.RunAsync(Failing, "manual", CancellationToken.None));
        Assert.Equal(0, await alerts.UnreadCountAsync(CancellationToken.None));

        await runner.RunAsync(Failing, "manual", CancellationToken.None);
        await runner.RunAsync(Failing, "manual", CancellationToken.None);

        Assert.Equal(1, await alerts.UnreadCountAsync(CancellationToken.None));
        var runs = await app.Service<JobsOverview>().RecentRunsAsync(10, Failing.Name, CancellationToken.None);
        Assert.All(runs, r => Assert.Equal("InvalidOperationException: the supplier feed is down", r.Error));
    }

    [Fact]
    public async Task Cancelling_a_run_records_it_as_cancelled()
    {
        using var app = NewApp();
        _ = app.CreateAnonymousClient();
        var runner = app.Service<JobRunner>();

        var run = await runner.StartAsync(Gate, "manual", CancellationToken.None);
        Assert.True(runner.Cancel(Gate.Name));
        var finished = await Eventually.GetAsync(() => app.Service<JobsOverview>().FindRunAsync(run!.Id, CancellationToken.None), r => r!.Outcome != JobOutcome.Running);

        Assert.Equal(JobOutcome.Cancelled, finished!.Outcome);
        Assert.Equal("Cancelled by the owner", finished.Error);
    }

    [Fact]
    public async Task A_scheduled_firing_skips_a_running_job_and_a_chain_step_waits_for_it_then_runs_after_it()
    {
        using var app = NewApp();
        _ = app.CreateAnonymousClient();
        var runner = app.Service<JobRunner>();
        var gate = app.Service<GatedJob.Gate>();
        var first = await runner.StartAsync(Gate, "manual", CancellationToken.None);

        // Hangfire's recurring firing while "Run now" runs: no second run, nothing to retry.
        await HangfireJobs.PerformAsync(runner, Gate, "schedule", waitIfRunning: false, CancellationToken.None);
        var step = HangfireJobs.PerformAsync(runner, Gate, "api", waitIfRunning: true, CancellationToken.None);
        Assert.False(step.IsCompleted, "the chain step must wait for the run in progress");
        Assert.Single(await app.Service<JobsOverview>().RecentRunsAsync(10, Gate.Name, CancellationToken.None));

        gate.Open.SetResult();
        await step.WaitAsync(TimeSpan.FromSeconds(20));

        var runs = (await app.Service<JobsOverview>().RecentRunsAsync(10, Gate.Name, CancellationToken.None)).OrderBy(r => r.Id).ToList();
        Assert.Equal(["manual", "api"], runs.Select(r => r.Trigger));
        Assert.All(runs, r => Assert.Equal(JobOutcome.Succeeded, r.Outcome));
        Assert.True(runs[1].StartedUtc >= runs[0].FinishedUtc, "the chain step overlapped the run it waited for");
        Assert.Equal(first!.Id, runs[0].Id);
    }

    [Fact]
    public async Task A_scheduled_firing_while_another_node_holds_the_job_is_recorded_as_skipped_and_a_chain_step_waits_for_that_node()
    {
        using var app = NewApp();
        _ = app.CreateAnonymousClient();
        var runner = app.Service<JobRunner>();
        var overview = app.Service<JobsOverview>();
        app.Service<GatedJob.Gate>().Open.SetResult();
        // What another node running the job holds: the job's lock in the shared Hangfire storage (SQLite here).
        var otherNode = await app.Service<JobLocks>().TryTakeAsync(Gate.Name);
        Assert.NotNull(otherNode);

        await HangfireJobs.PerformAsync(runner, Gate, "schedule", waitIfRunning: false, CancellationToken.None);
        var skipped = Assert.Single(await overview.RecentRunsAsync(10, Gate.Name, CancellationToken.None));
        Assert.Equal((JobOutcome.Skipped, "Skipped: another node was already running this job"), (skipped.Outcome, skipped.Summary));
        Assert.Null(await runner.StartAsync(Gate, "manual", CancellationToken.None));

        var step = HangfireJobs.PerformAsync(runner, Gate, "api", waitIfRunning: true, CancellationToken.None);
        // Longer than one lock attempt: the step keeps waiting rather than giving up or running.
        await Task.WhenAny(step, Task.Delay(TimeSpan.FromSeconds(3)));
        Assert.False(step.IsCompleted, "the chain step ran while another node held the job");
        otherNode!.Dispose();
        await step.WaitAsync(TimeSpan.FromSeconds(20));

        var runs = (await overview.RecentRunsAsync(10, Gate.Name, CancellationToken.None)).OrderBy(r => r.Id).ToList();
        Assert.Equal([("schedule", JobOutcome.Skipped), ("api", JobOutcome.Succeeded)], runs.Select(r => (r.Trigger, r.Outcome)));
    }

    [Fact]
    public async Task Hangfire_retries_a_failed_run_but_never_a_cancelled_one()
    {
        using var app = NewApp();
        _ = app.CreateAnonymousClient();
        var runner = app.Service<JobRunner>();

        await Assert.ThrowsAsync<JobRunFailedException>(() => HangfireJobs.PerformAsync(runner, Failing, "schedule", false, CancellationToken.None));
        var cancelled = HangfireJobs.PerformAsync(runner, Gate, "schedule", false, CancellationToken.None);
        await Eventually.GetAsync(() => Task.FromResult(runner.FindRunning(Gate.Name)), r => r is not null, what: "the run to start");
        runner.Cancel(Gate.Name);
        await Assert.ThrowsAsync<JobRunCancelledException>(() => cancelled);

        foreach (var method in new[] { nameof(HangfireJobs.ScheduledAsync), nameof(HangfireJobs.ChainStepAsync) })
        {
            var retry = typeof(HangfireJobs).GetMethod(method)!.GetCustomAttributes(typeof(Hangfire.AutomaticRetryAttribute), false)
                .Cast<Hangfire.AutomaticRetryAttribute>().Single();
            Assert.Equal(3, retry.Attempts);
            Assert.Equal([30, 120, 600], retry.DelaysInSeconds);
            Assert.Equal([typeof(JobRunFailedException)], retry.OnlyOn);
            Assert.False(typeof(JobRunFailedException).IsAssignableFrom(typeof(JobRunCancelledException)));
        }
    }

    private sealed class SellerAppFactoryWithTestJobs : SellerAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<GatedJob.Gate>();
                services.AddTransient<GatedJob>();
                services.AddTransient<FailingJob>();
            });
        }
    }

    private sealed class GatedJob(GatedJob.Gate gate) : IConsoleJob
    {
        public sealed class Gate
        {
            public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
        {
            await gate.Open.Task.WaitAsync(cancellationToken);
            for (var i = 1; i <= 3; i++)
            {
                context.ReportProgress(i, 3, $"item {i}");
            }
            return new JobResult(3, "three items");
        }
    }

    private sealed class FailingJob : IConsoleJob
    {
        public Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the supplier feed is down");
    }
}
