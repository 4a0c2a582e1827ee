namespace SellerConsole.Jobs;

/// <summary>
/// A job the console knows: its stable name (used in URLs, the API and as Hangfire's recurring job id),
/// what it does, and when it runs. <paramref name="Cron"/> is a five-field cron expression in UK time
/// (Hangfire's recurring jobs), or null for run-on-demand. <paramref name="RunOnFirstStart"/> jobs run once,
/// in list order, the first time the scheduler starts (a new console fills its catalogue straight away
/// instead of waiting for the night). <paramref name="Then"/> names the jobs that must follow this one,
/// in order, whenever it starts a chain (first start, the marketplace sync API): they read what it writes.
/// </summary>
public sealed record JobDefinition(
    string Name,
    string Title,
    string Description,
    Type JobType,
    string? Cron,
    string ScheduleText,
    int AlertAfterConsecutiveFailures = 1,
    bool RunOnFirstStart = false,
    IReadOnlyList<string>? Then = null)
{
    /// <summary>The names in <see cref="Then"/>, or none.</summary>
    public IReadOnlyList<string> Followers => Then ?? [];
}
