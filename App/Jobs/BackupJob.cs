using SellerConsole.Data.Backups;

namespace SellerConsole.Jobs;

public sealed class BackupJob(BackupService backups) : IConsoleJob
{
    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var result = await backups.CreateAsync(context, cancellationToken);
        var kb = result.File.Bytes / 1024.0;
        return new JobResult(result.Tables,
            $"{result.File.Name} ({kb:N0} KB, {result.Rows:N0} rows in {result.Tables} tables) verified; {result.Pruned} old backup(s) removed");
    }
}
