using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SellerConsole.Jobs;

namespace SellerConsole.Operations.Readiness;

/// <summary>
/// Hangfire's servers (every node's, as the shared storage lists them) with their heartbeat age, and its queue.
/// A server whose heartbeat is older than <see cref="StaleHeartbeat"/> is probably a node that died.
/// </summary>
public sealed class SchedulerReadiness(JobStorage storage, HangfireHost host) : IHealthCheck
{
    public static readonly TimeSpan StaleHeartbeat = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var monitor = storage.GetMonitoringApi();
        var stats = monitor.GetStatistics();
        // Hangfire stamps heartbeats with the real UTC clock, so they are compared with it, not the app's TimeProvider.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var servers = monitor.Servers().Select(s => new
        {
            name = s.Name,
            workers = s.WorkersCount,
            heartbeatAgeSeconds = s.Heartbeat is { } beat ? Math.Round(Math.Max(0, (now - beat).TotalSeconds), 1) : (double?)null,
        }).ToList();
        var fresh = servers.Count(s => s.heartbeatAgeSeconds is { } age && age <= StaleHeartbeat.TotalSeconds);
        var data = new Dictionary<string, object>
        {
            ["thisNode"] = host.State.ToString().ToLowerInvariant(),
            ["servers"] = servers,
            ["serverCount"] = servers.Count,
            ["enqueued"] = stats.Enqueued,
            ["scheduled"] = stats.Scheduled,
            ["processing"] = stats.Processing,
            ["failed"] = stats.Failed,
        };
        var stale = servers.Count - fresh;
        var result = host.State switch
        {
            SchedulerState.Failed => HealthCheckResult.Unhealthy($"This node's scheduler failed: {host.FailureReason}", data: data),
            _ when host.State == SchedulerState.Running && fresh == 0 => HealthCheckResult.Unhealthy("No scheduler server has a recent heartbeat.", data: data),
            _ when stale > 0 => HealthCheckResult.Degraded($"{fresh} server(s) alive, {stale} with a heartbeat older than {StaleHeartbeat.TotalSeconds:0} s.", data: data),
            SchedulerState.Disabled => HealthCheckResult.Healthy($"Scheduler off on this node (Jobs:Enabled=false); {fresh} server(s) elsewhere, {stats.Enqueued} queued.", data),
            _ => HealthCheckResult.Healthy($"{fresh} server(s) alive, {stats.Enqueued} job(s) queued, {stats.Processing} processing.", data),
        };
        return Task.FromResult(result);
    }
}
