using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using SellerConsole.Data;

namespace SellerConsole.Jobs;

/// <summary>
/// Where Hangfire keeps its queues. On SQLite: its own file in the data directory, apart from the app's database
/// (one server only). On PostgreSQL: the app's own database, in the <c>hangfire</c> schema, so any number of
/// nodes share one queue and each job runs once.
/// </summary>
public static class HangfireStorage
{
    public const string FileName = "hangfire.db";
    public const string PostgresSchema = "hangfire";

    public static string PathIn(DataOptions data) => Path.Combine(data.FullPath, FileName);

    public static JobStorage Create(DataOptions data, JobsOptions jobs) =>
        data.IsPostgres ? CreatePostgres(data.EffectiveConnectionString, jobs.RequeueAfter) : CreateSqlite(data);

    private static SQLiteStorage CreateSqlite(DataOptions data) =>
        new(PathIn(data), new SQLiteStorageOptions
        {
            // Enqueued jobs (Run now through a chain, continuations) start within a second, not the default 15.
            QueuePollInterval = TimeSpan.FromSeconds(1),
        });

    private static PostgreSqlStorage CreatePostgres(string connectionString, TimeSpan requeueAfter)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = PostgresSchema,
            QueuePollInterval = TimeSpan.FromSeconds(1),
            // A node killed mid-job stops its heartbeat; another node takes the job after Jobs:RequeueAfter (five
            // minutes), while a long sync on a live node keeps extending its claim instead of being run twice.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = requeueAfter,
            PrepareSchemaIfNecessary = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
