namespace SellerConsole.Jobs;

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary><c>Jobs:Enabled</c>: false turns the scheduler off (tests). "Run now" still works.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>Jobs:BackupsToKeep</c>: how many nightly backups to keep.</summary>
    public int BackupsToKeep { get; set; } = 14;

    /// <summary>
    /// <c>Jobs:PgDumpPath</c>: the pg_dump that backs up a PostgreSQL database. Empty: the one on PATH, else the newest
    /// under /usr/lib/postgresql/*/bin (Debian's postgresql-client-NN).
    /// </summary>
    public string? PgDumpPath { get; set; }

    /// <summary>
    /// <c>Jobs:RequeueAfter</c> (PostgreSQL, several nodes): how long a job whose node stopped answering (killed, or
    /// its machine lost) waits before another node runs it again. A live node keeps extending its claim, however
    /// long the run.
    /// </summary>
    public TimeSpan RequeueAfter { get; set; } = TimeSpan.FromMinutes(5);
}
