namespace SellerConsole.Jobs;

/// <summary>
/// A job the console knows: its stable name (used in URLs and the API), what it does, and when it
/// runs. <paramref name="Cron"/> is a Quartz cron expression in UK time, or null for run-on-demand.
/// </summary>
public sealed record JobDefinition(
    string Name,
    string Title,
    string Description,
    Type JobType,
    string? Cron,
    string ScheduleText,
    int AlertAfterConsecutiveFailures = 1);
