using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SellerConsole.Operations.Readiness;

public sealed record ReadinessCheckDto(string Name, string Status, string? Description, double DurationMs, IReadOnlyDictionary<string, object> Data);

/// <param name="Status">"healthy", "degraded" or "unhealthy": the worst of the checks.</param>
public sealed record ReadinessDto(string Status, string Node, DateTime TimeUtc, IReadOnlyList<ReadinessCheckDto> Checks);

/// <summary>Runs the readiness checks (tag <see cref="Tag"/>) and shapes the owner's view of them.</summary>
public sealed class ReadinessReport(HealthCheckService health, TimeProvider clock)
{
    public const string Tag = "ready";

    public static string NodeName => $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task<ReadinessDto> GetAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(c => c.Tags.Contains(Tag), cancellationToken);
        var checks = report.Entries.Select(e => new ReadinessCheckDto(
            e.Key, Status(e.Value.Status), e.Value.Description ?? e.Value.Exception?.Message,
            Math.Round(e.Value.Duration.TotalMilliseconds, 1), e.Value.Data)).ToList();
        return new ReadinessDto(Status(report.Status), NodeName, clock.GetUtcNow().UtcDateTime, checks);
    }

    public static string Status(HealthStatus status) => status.ToString().ToLowerInvariant();
}

public static class ReadinessModule
{
    public static IServiceCollection AddSellerReadiness(this IServiceCollection services)
    {
        // Each check owns its own failure: an exception inside one becomes that check's "unhealthy", not a 500.
        services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("database", tags: [ReadinessReport.Tag])
            .AddCheck<SchedulerReadiness>("scheduler", tags: [ReadinessReport.Tag])
            .AddCheck<MarketplaceReadiness>("marketplace", tags: [ReadinessReport.Tag])
            .AddCheck<DiskReadiness>("disk", tags: [ReadinessReport.Tag]);
        services.AddSingleton<ReadinessReport>();
        return services;
    }
}
