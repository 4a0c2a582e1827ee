using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Operations.Readiness;

namespace SellerConsole.Api;

/// <param name="Sandbox">"building", "ready", "failed", or "off" in Live mode. Informational: a building Sandbox is not unhealthy.</param>
public sealed record HealthDto(string Status, string Database, string Scheduler, string Sandbox, string Version, DateTime TimeUtc);

internal static class HealthEndpoints
{
    /// <summary>Public: 200 when the database opens and the scheduler runs (or is disabled), else 503.</summary>
    public static void MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPublicHealth();
        app.MapReadinessEndpoint();
    }

    private static void MapPublicHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (IDbContextFactory<SellerDb> dbs, HangfireHost scheduler, IServiceProvider services, TimeProvider clock, CancellationToken ct) =>
        {
            string database;
            try
            {
                await using var db = await dbs.CreateDbContextAsync(ct);
                database = await db.Database.ExecuteSqlRawAsync("SELECT 1;", ct) >= -1 && await db.Database.CanConnectAsync(ct) ? "ok" : "unreachable";
            }
            catch (Exception ex)
            {
                database = $"error: {ex.GetType().Name}";
            }

            var schedulerOk = scheduler.State is SchedulerState.Running or SchedulerState.Disabled or SchedulerState.OnWorkers;
            var healthy = database == "ok" && schedulerOk;
            var version = typeof(HealthEndpoints).Assembly.GetName().Version?.ToString() ?? "0.0.0";
            var sandbox = services.GetService<SandboxMarket>()?.Status.State.ToString().ToLowerInvariant() ?? "off";
            var body = new HealthDto(healthy ? "ok" : "unhealthy", database, scheduler.State.ToString().ToLowerInvariant(), sandbox, version, clock.GetUtcNow().UtcDateTime);
            return Results.Json(body, statusCode: healthy ? 200 : 503);
        }).AllowAnonymous().ExcludeFromDescription();

    /// <summary>
    /// Owner only (sign-in or API token): every readiness check with its figures. 200 while nothing is unhealthy
    /// (degraded included, so a load balancer may use it), else 503; the body is the same either way.
    /// </summary>
    public static void MapReadinessEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/health/ready", async (ReadinessReport readiness, CancellationToken ct) =>
        {
            var report = await readiness.GetAsync(ct);
            return Results.Json(report, statusCode: report.Status == "unhealthy" ? 503 : 200);
        }).RequireAuthorization().WithTags("Health")
        .WithSummary("Readiness for the owner: database and provider, pending migrations, scheduler servers and queue, last marketplace successes, free disk");
}
