using Hangfire;
using Hangfire.Storage.SQLite;
using SellerConsole.Data;

namespace SellerConsole.Jobs;

/// <summary>Hangfire's own SQLite file in the data directory, apart from the app's database.</summary>
public static class HangfireStorage
{
    public const string FileName = "hangfire.db";

    public static string PathIn(DataOptions data) => Path.Combine(data.FullPath, FileName);

    public static JobStorage Create(DataOptions data) =>
        new SQLiteStorage(PathIn(data), new SQLiteStorageOptions
        {
            // Enqueued jobs (Run now through a chain, continuations) start within a second, not the default 15.
            QueuePollInterval = TimeSpan.FromSeconds(1),
        });
}
