namespace SellerConsole.Jobs;

/// <summary>Every background job and its schedule, in one place. Times are UK local time.</summary>
public static class JobSchedules
{
    public static readonly IReadOnlyList<JobDefinition> All =
    [
        new("backup", "Database backup",
            "Copies the database with SQLite's online backup (VACUUM INTO), checks the copy opens and has the same rows, keeps the last 14.",
            typeof(BackupJob), Cron: "0 30 2 * * ?", ScheduleText: "Every night at 02:30", AlertAfterConsecutiveFailures: 1),
    ];

    public static JobDefinition? Find(string name) =>
        All.FirstOrDefault(j => string.Equals(j.Name, name, StringComparison.OrdinalIgnoreCase));
}
