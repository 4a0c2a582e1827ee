using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;
using SellerConsole.Data;
using SellerConsole.Shared;

namespace SellerConsole.Jobs;

/// <summary>
/// Runs the Hangfire server (unless <c>Jobs:Enabled=false</c>), keeps Hangfire's recurring jobs equal to
/// <see cref="JobSchedules"/> and starts the first-start chain. On SQLite storage only one process may run a
/// server: two processes on one SQLite file ran a job twice, silently. A lock file in the data directory
/// makes a second process refuse to start its server (its health then says "failed"). On PostgreSQL storage any
/// number of nodes run servers on one queue; <c>Node:Role=web</c> runs none and only enqueues.
/// </summary>
public sealed class HangfireHost(
    IServiceProvider services,
    JobRunHistory history,
    IOptions<JobsOptions> options,
    IOptions<DataOptions> data,
    IOptions<NodeOptions> node,
    IHostApplicationLifetime lifetime,
    ILoggerFactory loggers) : IHostedService, IDisposable
{
    public const int WorkerCount = 4;
    private readonly ILogger _log = loggers.CreateLogger<HangfireHost>();
    private BackgroundJobServer? _server;
    private FileStream? _nodeLock;
    private CancellationTokenRegistration _whenStarted;

    public SchedulerState State { get; private set; } = SchedulerState.NotStarted;
    public string? FailureReason { get; private set; }

    /// <summary>The client that enqueues onto the running server, or null when no server runs here.</summary>
    public IBackgroundJobClient? Client { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // On PostgreSQL other nodes may be mid-run: only runs whose job lock is free are left over from a stop.
        await history.CloseInterruptedRunsAsync(cancellationToken,
            data.Value.IsPostgres ? services.GetRequiredService<JobLocks>().TryTakeAsync : null);
        if (!options.Value.Enabled)
        {
            State = SchedulerState.Disabled;
            _log.LogInformation("Hangfire server off (Jobs:Enabled=false): no schedules; jobs run only when started from the Jobs page or the API");
            return;
        }
        if (node.Value.ParsedRole == NodeRole.Web)
        {
            // No server here: "Run now" and chains go onto the shared queue, and the worker nodes run them.
            Client = new BackgroundJobClient(services.GetRequiredService<JobStorage>());
            State = SchedulerState.OnWorkers;
            _log.LogInformation("Node:Role=web: no Hangfire server on this node; jobs are enqueued for the worker nodes");
            return;
        }
        // Jobs start once the console listens: in Sandbox mode they call this app's own URL, which is not known (and
        // not answering) until Kestrel has bound; a job that ran earlier created its client for http://localhost:80.
        _whenStarted = lifetime.ApplicationStarted.Register(() => StartServerAsync(CancellationToken.None).GetAwaiter().GetResult());
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        try
        {
            var storage = services.GetRequiredService<JobStorage>();
            if (storage is SQLiteStorage)
            {
                _nodeLock = TakeNodeLock();
                _log.LogInformation("Hangfire server on SQLite storage ({Path}): single node; for several nodes use PostgreSQL", HangfireStorage.PathIn(data.Value));
            }
            // Hangfire logs through a process-wide provider; only the process that runs the server sets it.
            GlobalConfiguration.Configuration.UseLogProvider(new HangfireLogProvider(loggers));
            var recurring = new RecurringJobManager(storage);
            foreach (var removed in SyncRecurringJobs(storage, recurring))
            {
                _log.LogInformation("Removed recurring job {Job}: it is no longer in JobSchedules", removed);
            }
            _server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                ServerName = ServerName,
                WorkerCount = WorkerCount,
                Activator = new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
                SchedulePollingInterval = TimeSpan.FromSeconds(5),
            }, storage);
            Client = new BackgroundJobClient(storage);
            State = SchedulerState.Running;
            _log.LogInformation("Hangfire server started: {Workers} workers, {Count} recurring job(s) in Europe/London time",
                WorkerCount, JobSchedules.All.Count(j => j.Cron is not null));
            await StartFirstRunChainOnceAsync(storage, Client, cancellationToken);
        }
        catch (Exception ex)
        {
            State = SchedulerState.Failed;
            FailureReason = ex.Message;
            _log.LogError(ex, "Hangfire server failed to start");
        }
    }

    /// <summary>Adds or updates every scheduled job (UK time) and removes recurring jobs whose name no longer exists; returns those.</summary>
    internal static IReadOnlyList<string> SyncRecurringJobs(JobStorage storage, IRecurringJobManager recurring)
    {
        var scheduled = JobSchedules.All.Where(j => j.Cron is not null).ToList();
        foreach (var job in scheduled)
        {
            var name = job.Name;
            recurring.AddOrUpdate<HangfireJobs>(name, j => j.ScheduledAsync(name, CancellationToken.None), job.Cron!,
                new RecurringJobOptions { TimeZone = UkTime.Zone });
        }
        using var connection = storage.GetConnection();
        var stale = connection.GetRecurringJobs().Select(r => r.Id)
            .Where(id => scheduled.All(j => !string.Equals(j.Name, id, StringComparison.Ordinal))).ToList();
        foreach (var id in stale)
        {
            recurring.RemoveIfExists(id);
        }
        return stale;
    }

    /// <summary>
    /// Several nodes starting together on PostgreSQL would each enqueue the first-start chain (its jobs have no runs
    /// yet). There a distributed lock and a marker in Hangfire's storage let exactly one node enqueue it.
    /// </summary>
    private async Task StartFirstRunChainOnceAsync(JobStorage storage, IBackgroundJobClient client, CancellationToken cancellationToken)
    {
        if (storage is not PostgreSqlStorage)
        {
            await StartFirstRunChainAsync(client, cancellationToken);
            return;
        }
        const string marker = "sellerconsole:first-start";
        using var connection = storage.GetConnection();
        using var _ = connection.AcquireDistributedLock(marker + ":lock", TimeSpan.FromMinutes(1));
        if (connection.GetAllEntriesFromHash(marker) is { Count: > 0 })
        {
            _log.LogInformation("First-start chain already enqueued by another node");
            return;
        }
        await StartFirstRunChainAsync(client, cancellationToken);
        connection.SetRangeInHash(marker, [new KeyValuePair<string, string>("enqueued", ServerName)]);
    }

    private static string ServerName => $"sellerconsole:{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Jobs marked RunOnFirstStart that have never run, with their followers, as one chain.</summary>
    private async Task StartFirstRunChainAsync(IBackgroundJobClient client, CancellationToken cancellationToken)
    {
        var due = new List<JobDefinition>();
        foreach (var job in JobSchedules.All.Where(j => j.RunOnFirstStart))
        {
            if (!await history.HasEverRunAsync(job.Name, cancellationToken))
            {
                due.Add(job);
            }
        }
        var chain = JobSchedules.Chain(due, withFollowers: true);
        if (chain.Count > 0)
        {
            var ids = JobChains.Enqueue(client, chain, "first start");
            _log.LogInformation("First start: chain {Jobs} enqueued ({Ids})", string.Join(" -> ", chain.Select(j => j.Name)), string.Join(", ", ids));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _whenStarted.DisposeAsync();
        if (_server is not null)
        {
            Client = null;
            _server.SendStop();
            await _server.WaitForShutdownAsync(cancellationToken);
            State = SchedulerState.Stopped;
        }
    }

    /// <summary>When Hangfire next fires each recurring job (UTC), by job name; empty when no server runs here.</summary>
    public IReadOnlyDictionary<string, DateTime?> NextRuns()
    {
        if (State is not (SchedulerState.Running or SchedulerState.OnWorkers))
        {
            return new Dictionary<string, DateTime?>();
        }
        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().ToDictionary(r => r.Id, r => r.NextExecution, StringComparer.OrdinalIgnoreCase);
    }

    private FileStream TakeNodeLock()
    {
        var path = HangfireStorage.PathIn(data.Value) + ".server-lock";
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException(
                $"Another process already runs the Hangfire server on {HangfireStorage.PathIn(data.Value)}; SQLite storage allows one (use PostgreSQL for several nodes)", ex);
        }
    }

    public void Dispose()
    {
        _server?.Dispose();
        _nodeLock?.Dispose();
    }
}
