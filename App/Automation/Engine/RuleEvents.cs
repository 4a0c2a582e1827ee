namespace SellerConsole.Automation.Engine;

/// <summary>
/// The live events a rule can start from, with the words the page shows. There is no inventory event in the
/// console yet (stock arrives only as the listing's quantity), so "inventory.low" is not offered; a threshold
/// on Stock covers it. Job failures arrive as job.completed with a failed outcome and are offered as job.failed.
/// </summary>
public static class RuleEvents
{
    public const string ListingUpdated = "listing.updated";
    public const string PriceChanged = "price.changed";
    public const string CompetitorDetected = "competitor.detected";
    public const string ScoreChanged = "score.changed";
    public const string JobCompleted = "job.completed";
    public const string JobFailed = "job.failed";
    public const string AlertCreated = "alert.created";

    /// <summary>The signal the automation job sends every few minutes for thresholds.</summary>
    public const string Check = "check";

    /// <summary>The signal the automation job sends for plain schedules.</summary>
    public const string Schedule = "schedule";

    public static readonly IReadOnlyDictionary<string, string> Triggers = new Dictionary<string, string>
    {
        [ListingUpdated] = "A listing is updated (sync)",
        [PriceChanged] = "A price changes on Amazon",
        [CompetitorDetected] = "A competitor change is detected",
        [ScoreChanged] = "A listing's score changes",
        [JobCompleted] = "A job completes",
        [JobFailed] = "A job fails",
        [AlertCreated] = "An alert is raised",
    };
}
