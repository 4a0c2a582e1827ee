using System.Collections.Concurrent;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using Microsoft.Extensions.DependencyInjection;
using SellerConsole.Jobs;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Jobs;

/// <summary>Several app instances with Hangfire servers on one PostgreSQL database share one queue.</summary>
public sealed class TwoNodeHangfireTests
{
    private const int Burst = 60;

    [Fact]
    public Task A_burst_of_jobs_runs_each_job_exactly_once_and_both_nodes_do_some() => TestDatabase.OnPostgresAsync(async () =>
    {
        var runs = new ConcurrentDictionary<int, ConcurrentBag<string>>();
        using var nodeA = new NodeApp("A", runs);
        _ = nodeA.CreateAnonymousClient();
        using var nodeB = new NodeApp("B", runs, nodeA.PostgresConnectionString);
        _ = nodeB.CreateAnonymousClient();
        await Until(() => nodeA.Host.State == SchedulerState.Running && nodeB.Host.State == SchedulerState.Running, TimeSpan.FromSeconds(60));

        var client = nodeA.Host.Client!;
        for (var i = 0; i < Burst; i++)
        {
            var n = i;
            client.Enqueue<ProbeJob>(p => p.RunAsync(n, CancellationToken.None));
        }

        await Until(() => runs.Values.Sum(b => b.Count) >= Burst, TimeSpan.FromSeconds(90));
        Assert.Equal(Enumerable.Range(0, Burst), runs.Keys.Order());
        Assert.All(runs, r => Assert.Single(r.Value));
        var byNode = runs.Values.SelectMany(b => b).CountBy(n => n).ToDictionary();
        Assert.True(byNode.GetValueOrDefault("A") > 0 && byNode.GetValueOrDefault("B") > 0, $"one node did everything: {string.Join(", ", byNode)}");
    });

    [Fact]
    public Task A_web_node_runs_no_server_and_its_jobs_run_on_the_worker() => TestDatabase.OnPostgresAsync(async () =>
    {
        var runs = new ConcurrentDictionary<int, ConcurrentBag<string>>();
        using var web = new NodeApp("web", runs, role: "web");
        _ = web.CreateAnonymousClient();
        using var worker = new NodeApp("worker", runs, web.PostgresConnectionString, role: "worker");
        _ = worker.CreateAnonymousClient();
        await Until(() => worker.Host.State == SchedulerState.Running, TimeSpan.FromSeconds(60));

        Assert.Equal(SchedulerState.OnWorkers, web.Host.State);
        web.Host.Client!.Enqueue<ProbeJob>(p => p.RunAsync(7, CancellationToken.None));

        await Until(() => runs.ContainsKey(7), TimeSpan.FromSeconds(60));
        Assert.Equal(["worker"], runs[7]);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await JobsApiAsync(worker)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await JobsApiAsync(web)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await worker.CreateAnonymousClient().GetAsync("/healthz")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await web.CreateAnonymousClient().GetAsync("/healthz")).StatusCode);
    });

    [Fact]
    public Task The_same_job_fired_on_both_nodes_at_once_never_runs_on_both_at_the_same_time() => TestDatabase.OnPostgresAsync(async () =>
    {
        var runs = new ConcurrentDictionary<int, ConcurrentBag<string>>();
        using var nodeA = new NodeApp("A", runs);
        _ = nodeA.CreateAnonymousClient();
        using var nodeB = new NodeApp("B", runs, nodeA.PostgresConnectionString);
        _ = nodeB.CreateAnonymousClient();
        var spans = nodeA.Service<NodeName>().Spans;
        nodeB.Service<NodeName>().Spans = spans;

        // Each node: chain steps (which wait for the job) and scheduled firings (which skip it if it is running), all at once.
        var firings = new[] { nodeA, nodeB }.SelectMany(node => Enumerable.Range(0, 3).SelectMany(_ => new[]
        {
            HangfireJobs.PerformAsync(node.Service<JobRunner>(), SpanJob.Definition, "chain", waitIfRunning: true, CancellationToken.None),
            HangfireJobs.PerformAsync(node.Service<JobRunner>(), SpanJob.Definition, "schedule", waitIfRunning: false, CancellationToken.None),
        })).ToList();
        await Task.WhenAll(firings).WaitAsync(TimeSpan.FromSeconds(120));

        var ordered = spans.OrderBy(s => s.Start).ToList();
        Assert.Equal(6, ordered.Count(s => s.Trigger == "chain"));
        Assert.Contains(ordered, s => s.Node == "A");
        Assert.Contains(ordered, s => s.Node == "B");
        for (var i = 1; i < ordered.Count; i++)
        {
            Assert.True(ordered[i].Start >= ordered[i - 1].End,
                $"{ordered[i - 1].Node} {ordered[i - 1].Trigger} ({ordered[i - 1].Start:HH:mm:ss.fff}-{ordered[i - 1].End:HH:mm:ss.fff}) overlapped {ordered[i].Node} {ordered[i].Trigger} ({ordered[i].Start:HH:mm:ss.fff})");
        }
        var recorded = await nodeA.Service<JobsOverview>().RecentRunsAsync(50, SpanJob.Definition.Name, CancellationToken.None);
        Assert.Equal(ordered.Count, recorded.Count(r => r.Outcome == JobOutcome.Succeeded));
        Assert.All(recorded.Where(r => r.Outcome == JobOutcome.Skipped), r => Assert.StartsWith("Skipped: another node was already running this job", r.Summary));
    });

    [Fact]
    public Task A_node_starting_leaves_another_nodes_run_alone_and_a_dead_nodes_run_is_closed_when_its_job_next_runs() => TestDatabase.OnPostgresAsync(async () =>
    {
        var runs = new ConcurrentDictionary<int, ConcurrentBag<string>>();
        using var nodeA = new NodeApp("A", runs);
        _ = nodeA.CreateAnonymousClient();
        var held = await nodeA.Service<JobRunner>().StartAsync(HeldJob.Definition, "manual", CancellationToken.None);
        Assert.NotNull(held);

        // A run a node that was killed left marked running (nobody holds its job).
        long orphanId;
        await using (var db = await nodeA.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync())
        {
            var orphan = new JobRun { JobName = SpanJob.Definition.Name, Trigger = "schedule", StartedUtc = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc), Outcome = JobOutcome.Running };
            db.JobRuns.Add(orphan);
            await db.SaveChangesAsync();
            orphanId = orphan.Id;
        }

        // Node B starts: it closes runs left over from a stop only where no node holds the job.
        using var nodeB = new NodeApp("B", runs, nodeA.PostgresConnectionString);
        _ = nodeB.CreateAnonymousClient();
        var overview = nodeB.Service<JobsOverview>();
        Assert.Equal(JobOutcome.Running, (await overview.FindRunAsync(held!.Id, CancellationToken.None))!.Outcome);
        Assert.Equal(JobOutcome.Failed, (await overview.FindRunAsync(orphanId, CancellationToken.None))!.Outcome);

        // A second orphan appears after B started (its node died later): the job's next run closes it.
        await using (var db = await nodeA.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync())
        {
            var orphan = new JobRun { JobName = SpanJob.Definition.Name, Trigger = "schedule", StartedUtc = new DateTime(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc), Outcome = JobOutcome.Running };
            db.JobRuns.Add(orphan);
            await db.SaveChangesAsync();
            orphanId = orphan.Id;
        }
        await HangfireJobs.PerformAsync(nodeB.Service<JobRunner>(), SpanJob.Definition, "schedule", waitIfRunning: false, CancellationToken.None);
        var latest = (await overview.RecentRunsAsync(1, SpanJob.Definition.Name, CancellationToken.None)).Single();
        Assert.Equal(JobOutcome.Succeeded, latest.Outcome);
        var closed = (await overview.FindRunAsync(orphanId, CancellationToken.None))!;
        Assert.Equal((JobOutcome.Failed, "Interrupted: the node running it stopped before it finished"), (closed.Outcome, closed.Error));

        nodeA.Service<NodeName>().Open.SetResult();
        var done = await Eventually.GetAsync(() => overview.FindRunAsync(held.Id, CancellationToken.None), r => r!.Outcome != JobOutcome.Running, what: "node A's run");
        Assert.Equal(JobOutcome.Succeeded, done!.Outcome);
    });

    private static Task<HttpResponseMessage> JobsApiAsync(SellerAppFactory node)
    {
        var client = node.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", SellerAppFactory.BootstrapToken);
        return client.GetAsync("/api/v1/jobs");
    }

    private static Task Until(Func<bool> condition, TimeSpan timeout) =>
        Eventually.GetAsync(() => Task.FromResult(condition()), done => done, timeout, "the nodes");

    /// <summary>A job that records which node ran it.</summary>
    public sealed class ProbeJob(NodeName node)
    {
        public async Task RunAsync(int number, CancellationToken cancellationToken)
        {
            await Task.Delay(20, cancellationToken);
            node.Runs.GetOrAdd(number, _ => []).Add(node.Name);
        }
    }

    public sealed record NodeName(string Name, ConcurrentDictionary<int, ConcurrentBag<string>> Runs)
    {
        /// <summary>Opens <see cref="HeldJob"/>'s runs on this node.</summary>
        public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>When each run of <see cref="SpanJob"/> really started and ended (the app's clock is fixed in tests).</summary>
        public ConcurrentBag<(string Node, string Trigger, DateTime Start, DateTime End)> Spans { get; set; } = [];
    }

    /// <summary>A job that takes a moment and records its own start and end.</summary>
    public sealed class SpanJob(NodeName node) : IConsoleJob
    {
        public static readonly JobDefinition Definition = new("test-span", "Span test job", "Records when it runs", typeof(SpanJob), null, "On demand");

        public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
        {
            var start = DateTime.UtcNow;
            await Task.Delay(300, cancellationToken);
            node.Spans.Add((node.Name, context.Trigger, start, DateTime.UtcNow));
            return new JobResult(1, "one span");
        }
    }

    /// <summary>A job that runs until the test opens its node's gate.</summary>
    public sealed class HeldJob(NodeName node) : IConsoleJob
    {
        public static readonly JobDefinition Definition = new("test-held", "Held test job", "Runs until the test lets it finish", typeof(HeldJob), null, "On demand");

        public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
        {
            await node.Open.Task.WaitAsync(cancellationToken);
            return new JobResult(1, "released");
        }
    }

    private sealed class NodeApp(string name, ConcurrentDictionary<int, ConcurrentBag<string>> runs, string? database = null, string role = "all")
        : SellerAppFactory(Settings(database, role))
    {
        public HangfireHost Host => Service<HangfireHost>();

        private static Dictionary<string, string?> Settings(string? database, string role)
        {
            var settings = new Dictionary<string, string?> { ["Jobs:Enabled"] = "true", ["Node:Role"] = role };
            if (database is not null) settings["ConnectionStrings:Seller"] = database;
            return settings;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton(new NodeName(name, runs));
                services.AddTransient<ProbeJob>();
                services.AddTransient<SpanJob>();
                services.AddTransient<HeldJob>();
            });
        }
    }
}
