using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SellerConsole.Tests.Support;

/// <summary>
/// One PostgreSQL server for the whole test run, each test taking its own empty database from it.
/// <c>SELLER_TEST_POSTGRES</c> (a connection string to a server where the user may create databases)
/// points the tests at an existing server; otherwise Debian's PostgreSQL binaries start a throwaway
/// cluster in a temp directory (about a second), stopped when the test process exits. initdb and
/// pg_ctl refuse to run as root, so as root they run as the <c>postgres</c> user.
/// </summary>
public sealed class ThrowawayPostgres
{
    public const string EnvironmentVariable = "SELLER_TEST_POSTGRES";

    private static readonly Lazy<Task<ThrowawayPostgres>> SharedServer = new(StartAsync);
    private static int _databases;

    private ThrowawayPostgres(string serverConnectionString) => ServerConnectionString = serverConnectionString;

    /// <summary>Connects to the server's <c>postgres</c> database; use <see cref="CreateDatabaseAsync"/> for a test's own.</summary>
    public string ServerConnectionString { get; }

    public static Task<ThrowawayPostgres> SharedAsync() => SharedServer.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "seller")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    private static async Task<ThrowawayPostgres> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new ThrowawayPostgres(external);
        }

        var bin = FindBinaries();
        RemoveLeftovers();
        var directory = Path.Combine(Path.GetTempPath(), $"seller-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..32]);
        var data = Path.Combine(directory, "data");
        Directory.CreateDirectory(directory);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", $"postgres:postgres {directory}", runAs: null);
        }

        var port = FreePort();
        var runAs = asRoot ? "postgres" : null;
        await RunAsync(Path.Combine(bin, "initdb"), $"-D {data} -U postgres -A trust -E UTF8 --no-sync --no-instructions", runAs);
        var options = $"-c listen_addresses=127.0.0.1 -p {port} -c fsync=off -c synchronous_commit=off " +
                      $"-c full_page_writes=off -c unix_socket_directories={directory} -c max_connections=300";
        await RunAsync(Path.Combine(bin, "pg_ctl"), $"-D {data} -l {Path.Combine(directory, "server.log")} -o \"{options}\" -w start", runAs);

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(bin, data, directory, runAs);
        var connection = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres",
        };
        return new ThrowawayPostgres(connection.ConnectionString);
    }

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            $"PostgreSQL tests need Debian's postgresql package (initdb under {root}) or {EnvironmentVariable} set to a server's connection string.");
    }

    /// <summary>The test host can be ended before its exit handler finishes; clear clusters of processes gone.</summary>
    private static void RemoveLeftovers()
    {
        foreach (var leftover in Directory.GetDirectories(Path.GetTempPath(), "seller-pg-*"))
        {
            var parts = Path.GetFileName(leftover).Split('-');
            if (parts.Length > 2 && int.TryParse(parts[2], out var pid) && !Directory.Exists($"/proc/{pid}"))
            {
                try
                {
                    Directory.Delete(leftover, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another run may be removing it at the same moment.
                }
            }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task RunAsync(string program, string arguments, string? runAs)
    {
        var start = runAs is null
            ? new ProcessStartInfo(program, arguments)
            : new ProcessStartInfo("runuser", $"-u {runAs} -- {program} {arguments}");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static void Stop(string bin, string data, string directory, string? runAs)
    {
        try
        {
            RunAsync(Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate stop", runAs).GetAwaiter().GetResult();
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Best effort at exit: a leftover temp cluster is harmless and never reused.
        }
    }
}
