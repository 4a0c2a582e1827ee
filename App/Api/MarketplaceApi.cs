using SellerConsole.Catalog.Sync;
using SellerConsole.Jobs;
using SellerConsole.Marketplace;
using SellerConsole.Security;

namespace SellerConsole.Api;

public sealed record SyncStateDto(string Name, DateTime? LastAttemptUtc, DateTime? LastSuccessUtc, int ConsecutiveFailures, string? LastError, string? Cursor);

public sealed record QuotaDto(string Operation, string Section, double Rate, double Burst, double TokensAvailable, int CallsLastMinute, double PercentOfPlanUsedLastMinute, long Throttled, DateTime? LastCallUtc, bool Pacing, long TotalCalls);

public sealed record MarketplaceStatusDto(string Mode, IReadOnlyList<SyncStateDto> Syncs, IReadOnlyList<QuotaDto> Quotas);

public sealed record SyncStartedDto(IReadOnlyList<string> Jobs, string StatusUrl);

internal static class MarketplaceApi
{
    /// <summary>Sync name -> job name. The order they run in comes from JobSchedules.Chain (catalogue -> offers -> fees).</summary>
    public static readonly IReadOnlyList<(string Sync, string Job)> Syncs =
        [(CatalogueSync.Name, "catalogue-sync"), (OffersSync.Name, "offers-sync"), (Orders.OrdersSync.Name, "orders-sync"), (FeesSync.Name, "fees-sync")];

    public static void MapMarketplaceApi(this RouteGroupBuilder api)
    {
        var marketplace = api.MapGroup("/marketplace").WithTags("Marketplace");

        marketplace.MapGet("/status", async (MarketplaceConnection connection, SyncTracker tracker, MarketplaceStatus status, CancellationToken ct) =>
            new MarketplaceStatusDto(
                connection.Mode.ToString(),
                (await tracker.AllAsync(ct)).Select(s => new SyncStateDto(s.Name, s.LastAttemptUtc, s.LastSuccessUtc, s.ConsecutiveFailures, s.LastError, s.Cursor)).ToList(),
                status.Quotas.Select(q => new QuotaDto(q.Operation, q.Section.ToString(), q.Rate, q.Burst, q.TokensAvailable, q.CallsLastMinute, q.PercentOfPlanUsedLastMinute, q.ThrottledCount, q.LastCallUtc, q.Pacing, q.TotalCalls)).ToList()))
            .WithSummary("Mode, each sync's state (last success, failures, last error) and the SP-API usage-plan buckets");

        marketplace.MapPost("/sync", async (string? syncs, JobChains chains, AuditLog audit, HttpContext http) =>
        {
            var wanted = string.IsNullOrWhiteSpace(syncs) ? Syncs.Select(s => s.Sync).ToList() : syncs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var unknown = wanted.Where(w => Syncs.All(s => !string.Equals(s.Sync, w, StringComparison.OrdinalIgnoreCase))).ToList();
            if (unknown.Count > 0)
            {
                return Results.Problem(statusCode: 400, title: "Unknown sync", detail: $"Unknown: {string.Join(", ", unknown)}. Choose from: {string.Join(", ", Syncs.Select(s => s.Sync))}.");
            }
            // Catalogue -> offers -> fees as JobSchedules chains them: the offers sync reads the listings the catalogue writes.
            var jobs = JobSchedules.Chain(Syncs.Where(s => wanted.Contains(s.Sync, StringComparer.OrdinalIgnoreCase)).Select(s => JobSchedules.Find(s.Job)!), withFollowers: false);
            await audit.WriteAsync(Actor.Of(http.User), AuditActions.JobTriggered, string.Join(",", jobs.Select(j => j.Name)), "Marketplace sync started via the API", http.Connection.RemoteIpAddress?.ToString());
            _ = chains.StartAsync(jobs, "api");
            return Results.Accepted("/api/v1/marketplace/status", new SyncStartedDto(jobs.Select(j => j.Name).ToList(), "/api/v1/marketplace/status"));
        }).WithSummary("Starts marketplace syncs (comma-separated: catalogue, offers, orders, fees; default all) as one chain: each starts when the one before it succeeded");
    }
}
