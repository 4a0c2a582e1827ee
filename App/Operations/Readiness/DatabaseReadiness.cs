using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SellerConsole.Data;

namespace SellerConsole.Operations.Readiness;

/// <summary>The database answers a query; which provider it is; whether migrations are waiting to be applied.</summary>
public sealed class DatabaseReadiness(IDbContextFactory<SellerDb> dbs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var provider = ProviderName(db.Database.ProviderName);
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy($"The {provider} database does not answer.", data: Data(provider, null));
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        var data = Data(provider, pending);
        return pending.Count == 0
            ? HealthCheckResult.Healthy($"{provider} reachable, schema up to date.", data)
            : HealthCheckResult.Degraded($"{provider} reachable, {pending.Count} migration(s) not applied: restart the console to apply them.", data: data);
    }

    private static Dictionary<string, object> Data(string provider, List<string>? pending) => new()
    {
        ["provider"] = provider,
        ["reachable"] = pending is not null,
        ["pendingMigrations"] = pending ?? [],
    };

    /// <summary>"Microsoft.EntityFrameworkCore.Sqlite" reads as "sqlite", Npgsql's as "postgresql".</summary>
    public static string ProviderName(string? efProvider) => efProvider switch
    {
        null => "unknown",
        _ when efProvider.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) => "sqlite",
        _ when efProvider.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) => "postgresql",
        _ => efProvider,
    };
}
