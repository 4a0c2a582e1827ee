using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SellerConsole.Alerts;
using SellerConsole.Data;
using SellerConsole.Data.Backups;
using SellerConsole.Jobs;
using SellerConsole.Marketplace;
using SellerConsole.Security;

namespace SellerConsole.Shell;

public sealed record DashboardSummary(
    DataDirectoryUsage Data,
    BackupFile? LastBackup,
    int BackupCount,
    IReadOnlyList<JobRun> RecentRuns,
    int UnreadAlerts,
    IReadOnlyList<Alert> LatestAlerts,
    SchedulerState Scheduler,
    MarketplaceMode Mode,
    bool SpApiConfigured,
    bool KeepaConfigured,
    bool SmtpConfigured,
    DateOnly? ClientSecretRotationDue)
{
    /// <summary>On PostgreSQL, why backups cannot run (pg_dump missing or too old), in words that say what to install.</summary>
    public string? BackupProblem { get; init; }
}

/// <summary>Gathers what the dashboard shows from the features that already exist.</summary>
public sealed class DashboardLoader(
    IDbContextFactory<SellerDb> dbs,
    DataDirectoryInfo dataDirectory,
    BackupService backups,
    PgDumpTool pgDump,
    HangfireHost scheduler,
    SettingsStore settings,
    IOptions<MarketplaceOptions> marketplace)
{
    public async Task<DashboardSummary> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var runs = await db.JobRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(6).ToListAsync(cancellationToken);
        var unread = await db.Alerts.CountAsync(a => a.AcknowledgedUtc == null, cancellationToken);
        var latest = await db.Alerts.AsNoTracking().Where(a => a.AcknowledgedUtc == null)
            .OrderByDescending(a => a.LastSeenUtc).Take(3).ToListAsync(cancellationToken);
        var configured = await db.Settings.AsNoTracking().Select(s => s.Key).ToListAsync(cancellationToken);
        var files = backups.List();

        return new DashboardSummary(
            dataDirectory.Measure(),
            files.FirstOrDefault(),
            files.Count,
            runs,
            unread,
            latest,
            scheduler.State,
            marketplace.Value.Mode,
            SpApiConfigured: new[] { SettingsCatalog.SpApiClientId, SettingsCatalog.SpApiClientSecret, SettingsCatalog.SpApiRefreshToken, SettingsCatalog.SpApiSellerId }.All(configured.Contains),
            KeepaConfigured: configured.Contains(SettingsCatalog.KeepaApiKey),
            SmtpConfigured: configured.Contains(SettingsCatalog.SmtpHost) && configured.Contains(SettingsCatalog.SmtpTo),
            await settings.ClientSecretRotationDueAsync(cancellationToken))
        {
            BackupProblem = pgDump.Applies ? (await pgDump.CheckAsync(cancellationToken)).Problem : null,
        };
    }
}
