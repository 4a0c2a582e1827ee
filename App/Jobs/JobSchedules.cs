using SellerConsole.Scoring.Jobs;

namespace SellerConsole.Jobs;

/// <summary>Every background job and its schedule, in one place. Times are UK local time.</summary>
public static class JobSchedules
{
    public static readonly IReadOnlyList<JobDefinition> All =
    [
        new("backup", "Database backup",
            "Copies the database with SQLite's online backup (VACUUM INTO), checks the copy opens and has the same rows, keeps the last 14.",
            typeof(BackupJob), Cron: "0 30 2 * * ?", ScheduleText: "Every night at 02:30", AlertAfterConsecutiveFailures: 1),
        new("catalogue-sync", "Catalogue sync",
            "Reads Amazon's All Listings report (what you sell, price, stock, status), then every listing's content, images and Amazon's issues.",
            typeof(CatalogueSyncJob), Cron: "0 15 3 * * ?", ScheduleText: "Every night at 03:15", AlertAfterConsecutiveFailures: 3, RunOnFirstStart: true),
        new("offers-sync", "Offers sync",
            "Reads every offer on your ASINs: your price, the buy box winner and each competitor (20 ASINs per call).",
            typeof(OffersSyncJob), Cron: "0 0/15 * * * ?", ScheduleText: "Every 15 minutes", AlertAfterConsecutiveFailures: 3, RunOnFirstStart: true),
        new("orders-sync", "Orders sync",
            "Reads orders created or changed since the last run (the first run reads 30 days).",
            typeof(OrdersSyncJob), Cron: "0 5/10 * * * ?", ScheduleText: "Every 10 minutes", AlertAfterConsecutiveFailures: 3, RunOnFirstStart: true),
        new("keepa-refresh", "Keepa refresh",
            "Spends the Keepa tokens available on the ASINs that matter most (sales, competitor changes, staleness): price, buy box, rank and offer histories, rating and reviews.",
            typeof(Competition.KeepaRefreshJob), Cron: "0 10/30 * * * ?", ScheduleText: "Every 30 minutes", AlertAfterConsecutiveFailures: 3, RunOnFirstStart: true),
        new("fees-sync", "Fee estimates",
            "Asks Amazon for its fee estimate at each listing's current price, to cross-check the local fee schedules.",
            typeof(FeesSyncJob), Cron: "0 0 4 * * ?", ScheduleText: "Every night at 04:00", AlertAfterConsecutiveFailures: 3),
        new("scoring-peers", "Scoring peers",
            "Reads each listing's browse category and the top-ranked competitor listings in it (Catalog Items), then rescores every listing against them.",
            typeof(ScoringPeersJob), Cron: "0 30 4 * * ?", ScheduleText: "Every night at 04:30", AlertAfterConsecutiveFailures: 3, RunOnFirstStart: true),
        new("listing-scores", "Listing scores",
            "Rates peers still waiting for Keepa, then rescores every listing (content, images, reviews, price against the buy box, competition); listings also rescore when a sync changes them.",
            typeof(ListingScoresJob), Cron: "0 0 7,13,19 * * ?", ScheduleText: "Daily at 07:00, 13:00 and 19:00", AlertAfterConsecutiveFailures: 3),
    ];

    public static JobDefinition? Find(string name) =>
        All.FirstOrDefault(j => string.Equals(j.Name, name, StringComparison.OrdinalIgnoreCase));
}
