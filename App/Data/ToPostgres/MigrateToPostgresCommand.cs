using System.Diagnostics;
using Npgsql;

namespace SellerConsole.Data.ToPostgres;

/// <summary>
/// <c>SellerConsole migrate-to-postgres --to "Host=...;Database=...;Username=...;Password=..."</c> copies this
/// install's SQLite database and Data Protection keys into an empty PostgreSQL database (see <see cref="PostgresCopy"/>).
/// The source is found as the app finds it (appsettings, environment, or <c>--Data:Directory=...</c>); stop the app
/// first so nothing is written during the copy. Exit codes: 0 copied, 1 refused or failed (nothing committed), 2 usage.
/// </summary>
public static class MigrateToPostgresCommand
{
    public const string Name = "migrate-to-postgres";

    public static bool Is(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var rest = args.Skip(1).ToList();
        var at = rest.IndexOf("--to");
        if (at < 0 || at + 1 >= rest.Count || string.IsNullOrWhiteSpace(rest[at + 1]))
        {
            output.WriteLine($"Usage: dotnet SellerConsole.dll {Name} --to \"Host=HOST;Database=DB;Username=USER;Password=...\" [--Data:Directory=PATH]");
            output.WriteLine("Copies the SQLite install into an EMPTY PostgreSQL database in one transaction (all or nothing), verified by row counts and per-table checksums.");
            return 2;
        }
        var target = rest[at + 1];
        rest.RemoveRange(at, 2);

        var builder = WebApplication.CreateBuilder(rest.ToArray());
        var data = DataOptions.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        if (data.IsPostgres)
        {
            output.WriteLine($"This install already runs on PostgreSQL ({DatabaseProviders.ConnectionKey} names a PostgreSQL server): there is no SQLite database to copy.");
            return 1;
        }
        if (DatabaseProviders.Choose(null, target).Provider != DatabaseProvider.Postgres)
        {
            output.WriteLine("--to must be a PostgreSQL connection string (Host=...;Database=...;Username=...;Password=...).");
            return 2;
        }

        var display = new NpgsqlConnectionStringBuilder(target);
        output.WriteLine($"Copying {data.EffectiveConnectionString} and the keys in {data.KeysPath}");
        output.WriteLine($"  into PostgreSQL database '{display.Database}' on {display.Host}:{display.Port}, in one transaction (all or nothing).");
        var clock = Stopwatch.StartNew();
        var bar = new ProgressBar(output);
        try
        {
            var report = await new PostgresCopy(data.EffectiveConnectionString, data.KeysPath, target, bar.Show).RunAsync(cancellationToken);
            bar.Done();
            foreach (var table in report.Tables)
            {
                output.WriteLine($"  {table.Table,-28} {table.TargetRows,9:N0} rows  checksum {table.TargetChecksum:x16}  ok");
            }
            output.WriteLine($"Verified {report.Tables.Count} tables ({report.Tables.Sum(t => t.TargetRows):N0} rows): row counts and checksums match. " +
                             $"{report.Keys} Data Protection key(s) copied into the database. Committed in {clock.Elapsed.TotalSeconds:F1} s.");
            output.WriteLine($"Next: set {DatabaseProviders.ConnectionKey} to the same connection string and start SellerConsole. " +
                             "The SQLite file and key files are left as they were (your way back); Hangfire's job history is not copied (schedules are recreated on start).");
            return 0;
        }
        catch (Exception ex) when (ex is CopyRefusedException or NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or NotSupportedException)
        {
            bar.Done();
            output.WriteLine($"Not copied: {ex.Message}");
            output.WriteLine("Nothing was committed: the target database is as it was.");
            return 1;
        }
    }

    /// <summary>One line redrawn in place on a terminal; a line per table when the output is redirected (logs, CI).</summary>
    private sealed class ProgressBar(TextWriter output)
    {
        private const int Width = 30;
        private readonly bool _inPlace = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        private string? _table;

        public void Show(CopyProgress p)
        {
            var share = p.Total == 0 ? 1.0 : (double)p.Rows / p.Total;
            var filled = (int)Math.Round(share * Width);
            var line = $"[{new string('#', filled)}{new string('-', Width - filled)}] {share,4:P0} {p.Table} {p.TableRows:N0}/{p.TableTotal:N0}";
            if (_inPlace)
            {
                output.Write("\r" + line.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 100) : 100));
            }
            else if (p.TableRows == p.TableTotal && _table != p.Table)
            {
                _table = p.Table;
                output.WriteLine(line);
            }
        }

        public void Done()
        {
            if (_inPlace) output.WriteLine();
        }
    }
}
