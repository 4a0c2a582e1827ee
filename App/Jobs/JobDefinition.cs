namespace SellerConsole.Jobs;

/// <summary>
/// A job the console knows: its stable name (used in URLs and the API), what it does, and when it
/// runs. <paramref name="Cron"/> is a Quartz cron expression in UK time, or null for run-on-demand.
/// <paramref name="RunOnFirstStart"/> jobs run once, in list order, the first time the scheduler starts
/// (a new console fills its catalogue straight away instead of waiting for the night).
/// </summary>
public sealed record JobDefinition(
    string Name,
    string Title,
    string Description,
    Type JobType,
    string? Cron,
    string ScheduleText,
    int AlertAfterConsecutiveFailures = 1,
    bool RunOnFirstStart = false);
