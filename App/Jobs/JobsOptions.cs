namespace SellerConsole.Jobs;

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary><c>Jobs:Enabled</c>: false turns the scheduler off (tests). "Run now" still works.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>Jobs:BackupsToKeep</c>: how many nightly backups to keep.</summary>
    public int BackupsToKeep { get; set; } = 14;
}
