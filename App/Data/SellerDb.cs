using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Catalog;
using SellerConsole.Competition;
using SellerConsole.Costing.Data;
using SellerConsole.Jobs;
using SellerConsole.Orders;
using SellerConsole.Scoring.Data;
using SellerConsole.Security;

namespace SellerConsole.Data;

/// <summary>
/// The one database. Money is stored as long pence and times as UTC DateTime so every query
/// stays provider-neutral (SQLite cannot order by decimal or DateTimeOffset).
/// </summary>
public class SellerDb : DbContext
{
    public SellerDb(DbContextOptions<SellerDb> options) : base(options)
    {
    }

    /// <summary>
    /// For <see cref="PostgresSellerDb"/>: EF keys migrations by context type, so the PostgreSQL set lives on a
    /// subclass while every feature keeps asking for <c>IDbContextFactory&lt;SellerDb&gt;</c>.
    /// </summary>
    protected SellerDb(DbContextOptions options) : base(options)
    {
    }

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
    public DbSet<StoredComponent> CostComponents => Set<StoredComponent>();
    public DbSet<StoredComponentCost> ComponentCosts => Set<StoredComponentCost>();
    public DbSet<StoredKit> CostKits => Set<StoredKit>();
    public DbSet<StoredKitLine> KitLines => Set<StoredKitLine>();
    public DbSet<StoredPackaging> PackagingItems => Set<StoredPackaging>();
    public DbSet<StoredPostageFormat> PostageFormats => Set<StoredPostageFormat>();
    public DbSet<StoredPostageRate> PostageRates => Set<StoredPostageRate>();
    public DbSet<StoredFeeSchedule> FeeSchedules => Set<StoredFeeSchedule>();
    public DbSet<StoredLabourRate> LabourRates => Set<StoredLabourRate>();
    public DbSet<StoredCostingSettings> CostingSettings => Set<StoredCostingSettings>();
    public DbSet<StoredSkuCost> SkuCosts => Set<StoredSkuCost>();
    public DbSet<HistoryBlock> HistoryBlocks => Set<HistoryBlock>();
    public DbSet<KeepaAsinState> KeepaAsinStates => Set<KeepaAsinState>();
    public DbSet<CompetitionChange> CompetitionChanges => Set<CompetitionChange>();
    public DbSet<CompetitionSettings> CompetitionSettings => Set<CompetitionSettings>();
    public DbSet<StoredListingScore> ListingScores => Set<StoredListingScore>();
    public DbSet<StoredScorePoint> ListingScoreHistory => Set<StoredScorePoint>();
    public DbSet<StoredPeer> ScoringPeers => Set<StoredPeer>();
    public DbSet<StoredScoringSettings> ScoringSettings => Set<StoredScoringSettings>();
    public DbSet<Pricing.Push.PricePush> PricePushes => Set<Pricing.Push.PricePush>();
    public DbSet<Pricing.Push.ValidatedProductType> ValidatedProductTypes => Set<Pricing.Push.ValidatedProductType>();
    public DbSet<Pricing.RepricerState> RepricerStates => Set<Pricing.RepricerState>();
    public DbSet<Pricing.Data.StoredStrategy> PricingStrategies => Set<Pricing.Data.StoredStrategy>();
    public DbSet<Pricing.Data.SkuPricing> SkuPricing => Set<Pricing.Data.SkuPricing>();
    public DbSet<Pricing.Data.StoredDecision> PriceDecisions => Set<Pricing.Data.StoredDecision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SellerDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime in the model is UTC; SQLite drops the Kind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
