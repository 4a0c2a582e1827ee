using Microsoft.Extensions.Options;

namespace SellerConsole.Data;

public sealed record DataDirectoryUsage(string Path, long DatabaseBytes, long BackupBytes, long LogBytes, long OtherBytes)
{
    public long TotalBytes => DatabaseBytes + BackupBytes + LogBytes + OtherBytes;
}

/// <summary>Measures what the data directory holds, for the dashboard.</summary>
public sealed class DataDirectoryInfo(IOptions<DataOptions> options)
{
    public DataDirectoryUsage Measure()
    {
        var data = options.Value;
        long database = 0, backups = 0, logs = 0, other = 0;
        if (!Directory.Exists(data.FullPath))
        {
            return new DataDirectoryUsage(data.FullPath, 0, 0, 0, 0);
        }

        foreach (var file in new DirectoryInfo(data.FullPath).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var length = SafeLength(file);
            if (IsUnder(file, data.BackupsPath)) backups += length;
            else if (IsUnder(file, data.LogsPath)) logs += length;
            else if (file.Name.StartsWith("seller.db", StringComparison.Ordinal)) database += length;
            else other += length;
        }
        return new DataDirectoryUsage(data.FullPath, database, backups, logs, other);
    }

    private static bool IsUnder(FileInfo file, string folder) =>
        file.FullName.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // A log file can roll or a backup be pruned between listing and reading its length.
    private static long SafeLength(FileInfo file)
    {
        try { return file.Length; }
        catch (FileNotFoundException) { return 0; }
    }
}
