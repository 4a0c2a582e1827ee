using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Npgsql;
using SellerConsole.Data;
using SellerConsole.Data.Backups;

namespace SellerConsole.Jobs;

/// <summary>Which pg_dump backs up the PostgreSQL database, or what is wrong with it, in words the owner can act on.</summary>
/// <param name="Problem">Null when backups can run; otherwise what to install or configure.</param>
public sealed record PgDumpStatus(string? Path, int? ToolMajor, int? ServerMajor, string? Problem);

/// <summary>
/// Finds pg_dump (<see cref="JobsOptions.PgDumpPath"/>, else PATH, else /usr/lib/postgresql) and checks it can dump this
/// server: pg_dump refuses a server of a newer major version. Only meaningful on PostgreSQL; SQLite backs up in-process.
/// </summary>
public sealed partial class PgDumpTool(IOptions<DataOptions> data, IOptions<JobsOptions> jobs)
{
    public bool Applies => data.Value.IsPostgres;

    public async Task<PgDumpStatus> CheckAsync(CancellationToken cancellationToken)
    {
        var configured = jobs.Value.PgDumpPath;
        var path = string.IsNullOrWhiteSpace(configured) ? PostgresDump.FindTool("pg_dump") : configured.Trim();
        var server = await ServerMajorAsync(cancellationToken);
        var install = $"sudo apt-get install postgresql-client-{server} (Debian/Ubuntu, from apt.postgresql.org if your release lacks it)";
        if (path is null || !File.Exists(path))
        {
            var where = path is null ? "on PATH or under /usr/lib/postgresql" : $"at {path} (Jobs:PgDumpPath)";
            return new PgDumpStatus(path, null, server,
                $"Backups cannot run: pg_dump is not installed {where}. Install the PostgreSQL {server} client tools: {install}, or set Jobs:PgDumpPath to its pg_dump.");
        }
        var tool = await ToolMajorAsync(path, cancellationToken);
        if (tool is null)
        {
            return new PgDumpStatus(path, null, server, $"Backups cannot run: {path} did not report a pg_dump version. Install the PostgreSQL {server} client tools: {install}.");
        }
        if (tool < server)
        {
            return new PgDumpStatus(path, tool, server,
                $"Backups cannot run: pg_dump {tool} ({path}) is older than the PostgreSQL {server} server and cannot dump it. Install {install}, or set Jobs:PgDumpPath to a pg_dump {server} or newer.");
        }
        return new PgDumpStatus(path, tool, server, null);
    }

    private async Task<int> ServerMajorAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(data.Value.EffectiveConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection.PostgreSqlVersion.Major;
    }

    /// <summary>The major version <c>pg_dump --version</c> prints ("pg_dump (PostgreSQL) 16.4 (Debian 16.4-1)"), or null.</summary>
    private static async Task<int?> ToolMajorAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var start = new ProcessStartInfo(path, "--version") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }
            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var match = Version().Match(output);
            return process.ExitCode == 0 && match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not executable
        }
    }

    [GeneratedRegex(@"pg_dump \(PostgreSQL\) (\d+)")]
    private static partial Regex Version();
}
