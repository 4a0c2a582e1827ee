using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SellerConsole.Jobs;

namespace SellerConsole.Data.Backups;

public sealed record BackupFile(string Name, string FullPath, long Bytes, DateTime CreatedUtc);

public sealed record BackupResult(BackupFile File, int Tables, long Rows, int Pruned);

/// <summary>
/// Online backups with SQLite's VACUUM INTO: a consistent, compacted copy taken while the app runs.
/// A backup only counts once the copy has been opened, passed integrity_check and shown the rows.
/// On PostgreSQL, <see cref="PostgresDump"/> (pg_dump) instead.
/// </summary>
public sealed class BackupService(IOptions<DataOptions> dataOptions, IOptions<JobsOptions> jobsOptions, PgDumpTool pgDump, TimeProvider clock, ILogger<BackupService> log)
{
    private const string Prefix = "seller-";

    public async Task<BackupResult> CreateAsync(JobContext? context, CancellationToken cancellationToken)
    {
        var data = dataOptions.Value;
        Directory.CreateDirectory(data.BackupsPath);
        var target = NewBackupPath(data.BackupsPath);
        if (data.IsPostgres)
        {
            return await CreatePostgresAsync(target, context, cancellationToken);
        }

        await using var source = new SqliteConnection(data.EffectiveConnectionString);
        await source.OpenAsync(cancellationToken);
        var tables = await TablesAsync(source, cancellationToken);
        var steps = tables.Count + 3;
        context?.ReportProgress(0, steps, "Counting rows");
        var before = await CountRowsAsync(source, tables, cancellationToken);

        context?.ReportProgress(1, steps, "Copying the database");
        await using (var vacuum = source.CreateCommand())
        {
            vacuum.CommandText = "VACUUM INTO $path;";
            vacuum.Parameters.AddWithValue("$path", target);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }
        var after = await CountRowsAsync(source, tables, cancellationToken);

        long rows;
        try
        {
            rows = await VerifyAsync(target, tables, before, after, (i, table) =>
                context?.ReportProgress(2 + i, steps, $"Checking {table}"), cancellationToken);
        }
        catch
        {
            File.Delete(target);
            throw;
        }

        context?.ReportProgress(steps - 1, steps, "Removing old backups");
        var pruned = Prune(data.BackupsPath, jobsOptions.Value.BackupsToKeep);
        var file = Describe(new FileInfo(target));
        log.LogInformation("Backup {Backup} written ({Bytes} bytes, {Tables} tables, {Rows} rows); pruned {Pruned}",
            file.Name, file.Bytes, tables.Count, rows, pruned);
        return new BackupResult(file, tables.Count, rows, pruned);
    }

    private async Task<BackupResult> CreatePostgresAsync(string target, JobContext? context, CancellationToken cancellationToken)
    {
        context?.ReportProgress(0, 2, "pg_dump");
        (int Tables, long Rows) dumped;
        try
        {
            var tool = await pgDump.CheckAsync(cancellationToken);
            if (tool.Problem is { } problem)
            {
                throw new InvalidOperationException(problem);
            }
            dumped = await PostgresDump.DumpAsync(tool.Path!, dataOptions.Value.EffectiveConnectionString, target, cancellationToken);
        }
        catch
        {
            File.Delete(target);
            throw;
        }
        context?.ReportProgress(1, 2, "Removing old backups");
        var pruned = Prune(dataOptions.Value.BackupsPath, jobsOptions.Value.BackupsToKeep);
        var file = Describe(new FileInfo(target));
        log.LogInformation("Backup {Backup} written by pg_dump ({Bytes} bytes, {Tables} tables, {Rows} rows); pruned {Pruned}",
            file.Name, file.Bytes, dumped.Tables, dumped.Rows, pruned);
        return new BackupResult(file, dumped.Tables, dumped.Rows, pruned);
    }

    private string Extension => dataOptions.Value.IsPostgres ? PostgresDump.Extension : ".db";

    public IReadOnlyList<BackupFile> List()
    {
        var dir = new DirectoryInfo(dataOptions.Value.BackupsPath);
        return dir.Exists
            ? dir.EnumerateFiles(Prefix + "*" + Extension).OrderByDescending(SortKey).Select(Describe).ToList()
            : [];
    }

    private string NewBackupPath(string folder)
    {
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, $"{Prefix}{stamp}{Extension}");
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"{Prefix}{stamp}-{n}{Extension}");
        }
        return path;
    }

    /// <summary>
    /// Opens the copy on its own and checks it. Each table's rows must match the source as it was
    /// just before or just after the copy (or lie between, if a write landed during it).
    /// </summary>
    private static async Task<long> VerifyAsync(
        string path, IReadOnlyList<string> tables, IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after,
        Action<int, string> progress, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var copy = new SqliteConnection(connectionString);
        await copy.OpenAsync(cancellationToken);
        await using (var check = copy.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check;";
            var result = (string?)await check.ExecuteScalarAsync(cancellationToken);
            if (result != "ok")
            {
                throw new InvalidOperationException($"Backup copy failed integrity_check: {result}");
            }
        }

        long total = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            progress(i, table);
            var count = await CountAsync(copy, table, cancellationToken);
            var (low, high) = (Math.Min(before[table], after[table]), Math.Max(before[table], after[table]));
            if (count < low || count > high)
            {
                throw new InvalidOperationException($"Backup copy of table {table} has {count} rows; the database had {before[table]}.");
            }
            total += count;
        }
        return total;
    }

    private int Prune(string folder, int keep)
    {
        var old = new DirectoryInfo(folder).EnumerateFiles(Prefix + "*" + Extension)
            .OrderByDescending(SortKey)
            .Skip(keep)
            .ToList();
        foreach (var file in old)
        {
            file.Delete();
        }
        return old.Count;
    }

    /// <summary>"seller-20261122-023000-2.db" sorts by its stamp, then by the same-second counter.</summary>
    private static (string Stamp, int Counter) SortKey(FileInfo file)
    {
        var parts = Path.GetFileNameWithoutExtension(file.Name)[Prefix.Length..].Split('-');
        var counter = parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var n) ? n : 1;
        return (parts.Length > 1 ? parts[0] + parts[1] : parts[0], counter);
    }

    private static BackupFile Describe(FileInfo file) => new(file.Name, file.FullName, file.Length, file.LastWriteTimeUtc);

    internal static async Task<IReadOnlyList<string>> TablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(SqliteConnection connection, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = await CountAsync(connection, table, cancellationToken);
        }
        return counts;
    }

    internal static async Task<long> CountAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // Table names come from sqlite_master, never from input; quote them anyway.
        command.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"")}\";";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
