using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Marketplace;

namespace SellerConsole.Operations.Readiness;

/// <summary>
/// When SP-API and Keepa last answered a whole job successfully (from the run history, so every node agrees) and
/// when this node last sent an SP-API call or heard Keepa's balance. A failed latest run degrades, never fails:
/// the console still serves its last good data.
/// </summary>
public sealed class MarketplaceReadiness(IDbContextFactory<SellerDb> dbs, MarketplaceConnection marketplace, KeepaStatus keepa) : IHealthCheck
{
    public static readonly string[] SpApiJobs = ["catalogue-sync", "offers-sync", "orders-sync", "fees-sync", "price-push"];
    public static readonly string[] KeepaJobs = ["keepa-refresh"];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var spApi = await LastRunsAsync(db, SpApiJobs, cancellationToken);
        var keepaRuns = await LastRunsAsync(db, KeepaJobs, cancellationToken);
        var (tokens, observed, _, _) = keepa.Snapshot;
        var data = new Dictionary<string, object>
        {
            ["mode"] = marketplace.Mode.ToString(),
            ["spApiLastSuccessUtc"] = (object?)spApi.LastSuccess ?? "never",
            ["spApiLastFailureUtc"] = (object?)spApi.LastFailure ?? "never",
            ["spApiLastCallSentUtc"] = (object?)LastSpApiCall() ?? "never",
            ["keepaLastSuccessUtc"] = (object?)keepaRuns.LastSuccess ?? "never",
            ["keepaLastFailureUtc"] = (object?)keepaRuns.LastFailure ?? "never",
            ["keepaTokensLeft"] = (object?)tokens?.TokensLeft ?? "unknown",
            ["keepaBalanceObservedUtc"] = (object?)observed ?? "never",
        };
        var failing = new[] { ("SP-API", spApi), ("Keepa", keepaRuns) }.Where(p => p.Item2.FailingNow).Select(p => p.Item1).ToList();
        return failing.Count > 0
            ? HealthCheckResult.Degraded($"The latest {string.Join(" and ", failing)} job run failed; pages show the last good data.", data: data)
            : HealthCheckResult.Healthy(spApi.LastSuccess is null ? "No marketplace sync has finished yet." : "The latest marketplace job runs succeeded.", data);
    }

    private DateTime? LastSpApiCall()
    {
        try
        {
            return marketplace.SpApi.GetQuotas().Max(q => q.LastCallUtc);
        }
        catch (InvalidOperationException)
        {
            return null; // Live mode without settings yet: the client cannot be made, so nothing was sent.
        }
    }

    private static async Task<Runs> LastRunsAsync(SellerDb db, string[] jobs, CancellationToken ct)
    {
        var finished = db.Set<JobRun>().AsNoTracking().Where(r => jobs.Contains(r.JobName) && r.FinishedUtc != null);
        var success = await finished.Where(r => r.Outcome == JobOutcome.Succeeded).MaxAsync(r => r.FinishedUtc, ct);
        var failure = await finished.Where(r => r.Outcome == JobOutcome.Failed).MaxAsync(r => r.FinishedUtc, ct);
        return new Runs(success, failure);
    }

    private sealed record Runs(DateTime? LastSuccess, DateTime? LastFailure)
    {
        public bool FailingNow => LastFailure is { } failed && (LastSuccess is null || failed > LastSuccess);
    }
}
