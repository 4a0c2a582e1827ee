using System.Diagnostics;
using Npgsql;

namespace SellerConsole.Data.Backups;

/// <summary>
/// Backups on PostgreSQL: <c>pg_dump --format=custom</c> (a consistent snapshot taken while the app runs), checked
/// by <c>pg_restore --list</c> naming every table's data. Without a usable pg_dump a backup fails saying what to
/// install (<see cref="Jobs.PgDumpTool"/>), and the dashboard's backup card says the same before any run.
/// </summary>
internal static class PostgresDump
{
    public const string Extension = ".dump";

    public static string? FindTool(string name)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
        const string debian = "/usr/lib/postgresql";
        return onPath ?? (Directory.Exists(debian)
            ? Directory.GetDirectories(debian).Select(d => Path.Combine(d, "bin", name)).Where(File.Exists).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null);
    }

    /// <summary>Dumps the database to <paramref name="target"/>, checks the dump lists every table's data, returns (tables, rows).</summary>
    /// <param name="pgDump">The pg_dump to run (<see cref="Jobs.PgDumpTool"/> found and checked it); pg_restore is taken from beside it.</param>
    public static async Task<(int Tables, long Rows)> DumpAsync(string pgDump, string connectionString, string target, CancellationToken cancellationToken)
    {
        var beside = Path.Combine(Path.GetDirectoryName(pgDump) ?? "", "pg_restore");
        var pgRestore = File.Exists(beside) ? beside : FindTool("pg_restore") ?? beside;
        var cs = new NpgsqlConnectionStringBuilder(connectionString);

        var (tables, rows) = await CountAsync(connectionString, cancellationToken);
        await RunAsync(pgDump, ["--format=custom", "--no-owner", $"--file={target}", "--host", cs.Host ?? "localhost", "--port", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--username", cs.Username ?? "postgres", "--dbname", cs.Database ?? "postgres"], cs.Password, cancellationToken);
        var listing = await RunAsync(pgRestore, ["--list", target], null, cancellationToken);
        var dumped = listing.Split('\n').Count(l => l.Contains(" TABLE DATA public ", StringComparison.Ordinal));
        if (dumped < tables)
        {
            throw new InvalidOperationException($"The dump lists data for {dumped} tables; the database has {tables}.");
        }
        return (tables, rows);
    }

    private static async Task<(int Tables, long Rows)> CountAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) names.Add(reader.GetString(0));
        }
        long rows = 0;
        foreach (var name in names)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM public.\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            rows += (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }
        return (names.Count, rows);
    }

    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, string? password, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (!string.IsNullOrEmpty(password)) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {(await error).Trim()}");
        }
        return await output;
    }
}
