using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SellerConsole.Data;

namespace SellerConsole.Operations.Readiness;

/// <summary>Free space where the data directory lives: backups, logs and (on SQLite) the database grow there.</summary>
public sealed class DiskReadiness(IOptions<DataOptions> data) : IHealthCheck
{
    public const long LowBytes = 1L << 30;
    public const long CriticalBytes = 200L << 20;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var path = data.Value.FullPath;
        // On Linux statvfs answers for any path, so this is the mount the directory is on, not just "/".
        var drive = new DriveInfo(OperatingSystem.IsWindows() ? Path.GetPathRoot(Path.GetFullPath(path)) ?? path : path);
        var free = drive.AvailableFreeSpace;
        var values = new Dictionary<string, object>
        {
            ["directory"] = path,
            ["freeBytes"] = free,
            ["totalBytes"] = drive.TotalSize,
            ["freePercent"] = drive.TotalSize > 0 ? Math.Round(100.0 * free / drive.TotalSize, 1) : 0,
        };
        var text = $"{Size(free)} free of {Size(drive.TotalSize)}";
        return Task.FromResult(free switch
        {
            < CriticalBytes => HealthCheckResult.Unhealthy($"{text}: backups and the database will fail soon.", data: values),
            < LowBytes => HealthCheckResult.Degraded($"{text}: less than 1 GB left.", data: values),
            _ => HealthCheckResult.Healthy(text, values),
        });
    }

    public static string Size(long bytes) => bytes >= 1L << 30 ? $"{bytes / (double)(1L << 30):0.0} GB" : $"{bytes / (double)(1L << 20):0} MB";
}
