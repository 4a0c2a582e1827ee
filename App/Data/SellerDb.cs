using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Catalog;
using SellerConsole.Jobs;
using SellerConsole.Orders;
using SellerConsole.Security;

namespace SellerConsole.Data;

/// <summary>
/// The one database. Money is stored as long pence and times as UTC DateTime so every query
/// stays provider-neutral (SQLite cannot order by decimal or DateTimeOffset).
/// </summary>
public sealed class SellerDb(DbContextOptions<SellerDb> options) : DbContext(options)
{
    public DbSet<Owner> Owners => Set<Owner>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SettingEntry> Settings => Set<SettingEntry>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<ListingIssue> ListingIssues => Set<ListingIssue>();
    public DbSet<CompetingOffer> CompetingOffers => Set<CompetingOffer>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<SyncState> SyncStates => Set<SyncState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SellerDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime in the model is UTC; SQLite drops the Kind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
