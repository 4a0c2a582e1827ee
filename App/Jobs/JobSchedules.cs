using SellerConsole.Scoring.Jobs;

namespace SellerConsole.Jobs;

/// <summary>
/// Every background job, its schedule and its chain, in one place. Cron expressions have five fields
/// (minute hour day month weekday) and are read in UK local time (Europe/London, so they follow BST).
/// </summary>
public static class JobSchedules
{
    public static readonly IReadOnlyList<JobDefinition> All =
    [
        new("backup", "Database backup",
            "Copies the database with SQLite's online backup (VACUUM INTO), checks the copy opens and has the same rows, keeps the last 14.",
            typeof(BackupJob), Cron: "30 2 * * *", ScheduleText: "Every night at 02:30", AlertAfterConsecutiveFailures: 1),
        new("catalogue-sync", "Catalogue sync",
            "Reads Amazon's All Listings report (what you sell, price, stock, status), then every listing's content, images and Amazon's issues.",
            typeof(CatalogueSyncJob), Cron: "15 3 * * *", ScheduleText: "Every night at 03:15", AlertAfterConsecutiveFailures: 3, RunOnFirstStart: true,
            Then: ["offers-sync", "fees-sync"]),
        new("offers-sync", "Offers sync",
            "Reads every offer on your ASINs: your price, the buy box winner and each competitor (20 ASINs per call).",
            typeof(OffersSyncJob), Cron: "*/15 * * * *", ScheduleText: "Every 15 minutes", AlertAfterConsecutiveFailures: 3, RunOnFirstStart: true),
        new("orders-sync", "Orders sync",
            "Reads orders created or changed since the last run (the first run reads 30 days).",
            typeof(OrdersSyncJob), Cron: "5-59/10 * * * *", ScheduleText: "Every 10 minutes", AlertAfterConsecutiveFailures: 3, RunOnFirstStart: true),
        new("keepa-refresh", "Keepa refresh",
            "Spends the Keepa tokens available on the ASINs that matter most (sales, competitor changes, staleness): price, buy box, rank and offer histories, rating and reviews.",
            typeof(Competition.KeepaRefreshJob), Cron: "10-59/30 * * * *", ScheduleText: "Every 30 minutes", AlertAfterConsecutiveFailures: 3, RunOnFirstStart: true),
        new("fees-sync", "Fee estimates",
            "Asks Amazon for its fee estimate at each listing's current price, to cross-check the local fee schedules.",
            typeof(FeesSyncJob), Cron: "0 4 * * *", ScheduleText: "Every night at 04:00", AlertAfterConsecutiveFailures: 3),
        new("scoring-peers", "Scoring peers",
            "Reads each listing's browse category and the top-ranked competitor listings in it (Catalog Items), then rescores every listing against them.",
            typeof(ScoringPeersJob), Cron: "30 4 * * *", ScheduleText: "Every night at 04:30", AlertAfterConsecutiveFailures: 3, RunOnFirstStart: true),
        new("listing-scores", "Listing scores",
            "Rates peers still waiting for Keepa, then rescores every listing (content, images, reviews, price against the buy box, competition); listings also rescore when a sync changes them.",
            typeof(ListingScoresJob), Cron: "0 7,13,19 * * *", ScheduleText: "Daily at 07:00, 13:00 and 19:00", AlertAfterConsecutiveFailures: 3),
        new("repricing", "Repricing",
            "Decides every SKU's price with its strategy inside the hard guards (offer changes are also repriced straight after each offers sync); changes go to the push queue (Auto) or wait for your review (Suggest).",
            typeof(Pricing.Jobs.RepricingJob), Cron: "2 * * * *", ScheduleText: "Every hour at :02, and after every offers sync that changed offers", AlertAfterConsecutiveFailures: 3,
            Then: ["price-push"]),
        new("price-push", "Price push",
            "Sends the prices the repricer (or you) queued to Amazon, then reads each one back to check Amazon applied it; waits and retries while Amazon is unavailable.",
            typeof(Pricing.Jobs.PricePushJob), Cron: "* * * * *", ScheduleText: "Every minute, and as soon as prices are queued", AlertAfterConsecutiveFailures: 5),
        new(Automation.AutomationCheckJob.Name, "Automation rules",
            "Checks automation rules' thresholds (margin, score, price, stock, buy box) and runs scheduled rules that have come due; event rules run as events happen.",
            typeof(Automation.AutomationCheckJob), Cron: "*/5 * * * *", ScheduleText: "Every 5 minutes", AlertAfterConsecutiveFailures: 3),
        new("digests", "Email digests",
            "Queues the morning digest (daily at the time chosen in Settings, UK time) and the weekly summary (Mondays) once each; a console that was down at that time sends it when it is back the same day.",
            typeof(Digests.DigestJob), Cron: "*/5 * * * *", ScheduleText: "Checks every 5 minutes; sends at the time chosen in Settings", AlertAfterConsecutiveFailures: 3),
        new("mail-delivery", "Mail delivery",
            "Sends queued mail (digests, urgent alerts, rule emails) through your SMTP server; a failed mail is retried after 1, 5, 15 and 60 minutes.",
            typeof(Digests.MailDeliveryJob), Cron: "* * * * *", ScheduleText: "Every minute while mail waits, and as soon as mail is queued", AlertAfterConsecutiveFailures: 5),
        new("urgent-alerts", "Urgent alert email",
            "Emails alerts of the kinds marked urgent in Settings at once, at most one email per 15 minutes listing everything since the last.",
            typeof(Digests.UrgentAlertJob), Cron: "* * * * *", ScheduleText: "As alerts are raised, and every minute for held-back ones", AlertAfterConsecutiveFailures: 5),
    ];

    public static JobDefinition? Find(string name) =>
        All.FirstOrDefault(j => string.Equals(j.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The order in which <paramref name="jobs"/> must run: each job is followed by its <see cref="JobDefinition.Then"/>
    /// jobs (when they were asked for, or always when <paramref name="withFollowers"/>), and a job that follows another
    /// never runs before it. Jobs outside any chain keep their order in <see cref="All"/>.
    /// </summary>
    public static IReadOnlyList<JobDefinition> Chain(IEnumerable<JobDefinition> jobs, bool withFollowers)
    {
        var wanted = jobs.Select(j => j.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var asked = All.Where(j => wanted.Contains(j.Name)).ToList();
        var order = new List<JobDefinition>();
        // A job asked for alongside its leader is placed by the leader, right after it.
        foreach (var job in asked.Where(j => !asked.Any(l => l.Followers.Contains(j.Name, StringComparer.OrdinalIgnoreCase))))
        {
            Add(job);
            foreach (var next in job.Followers.Select(n => Find(n) ?? throw new InvalidOperationException($"{job.Name} is followed by unknown job '{n}'")))
            {
                if (withFollowers || wanted.Contains(next.Name))
                {
                    Add(next);
                }
            }
        }
        return order;

        void Add(JobDefinition job)
        {
            if (!order.Contains(job))
            {
                order.Add(job);
            }
        }
    }
}
