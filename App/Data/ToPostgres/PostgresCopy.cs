using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace SellerConsole.Data.ToPostgres;

public sealed record CopyProgress(string Table, long TableRows, long TableTotal, long Rows, long Total);

public sealed record TableResult(string Table, long SourceRows, long TargetRows, ulong SourceChecksum, ulong TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

public sealed record CopyReport(IReadOnlyList<TableResult> Tables, int Keys);

/// <summary>Why a copy did not happen or was rolled back; the message is for the console as it stands.</summary>
public sealed class CopyRefusedException(string message) : Exception(message);

/// <summary>
/// Copies a SQLite install into an empty PostgreSQL database, all or nothing: the schema (the PostgreSQL migration
/// script), every table, the identity sequences and the Data Protection keys are written in ONE transaction,
/// checked (row counts and per-table checksums read back from PostgreSQL) and committed only if every table
/// matches. Anything else rolls back and leaves the target as empty as it was. The SQLite source is opened
/// read-only and never changed, so the way back is to keep running on it.
/// </summary>
public sealed class PostgresCopy(string sqliteConnectionString, string keysPath, string targetConnectionString, Action<CopyProgress> progress)
{
    private const int ReportEvery = 1000;

    public async Task<CopyReport> RunAsync(CancellationToken cancellationToken)
    {
        var source = new SqliteConnectionStringBuilder(sqliteConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await EnsureSourceIsCurrentAsync(source, cancellationToken);

        await using var target = new NpgsqlConnection(targetConnectionString);
        await target.OpenAsync(cancellationToken);
        await EnsureEmptyAsync(target, cancellationToken);

        await using var model = new PostgresSellerDb(new DbContextOptionsBuilder<PostgresSellerDb>().UseNpgsql(targetConnectionString).Options);
        var script = model.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions);
        var tables = InDependencyOrder(model.Model.GetRelationalModel().Tables.Where(t => t.Name != nameof(PostgresSellerDb.DataProtectionKeys)))
            .Select(CopyTable.From).ToList();

        await using var sqlite = new SqliteConnection(source);
        await sqlite.OpenAsync(cancellationToken);
        var totals = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            totals[table.Name] = await ScalarAsync(sqlite, $"SELECT count(*) FROM {CopyTable.Quote(table.Name)}", cancellationToken);
        }

        await using var transaction = await target.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(target, script, cancellationToken);
        var copied = new Dictionary<string, (long Rows, ulong Checksum)>();
        long done = 0, total = totals.Values.Sum();
        foreach (var table in tables)
        {
            copied[table.Name] = await CopyAsync(sqlite, target, table, totals[table.Name], done, total, cancellationToken);
            done += copied[table.Name].Rows;
        }
        foreach (var table in tables.Where(t => t.IdentityColumn is not null))
        {
            var (name, id) = (CopyTable.Quote(table.Name), CopyTable.Quote(table.IdentityColumn!));
            await ExecuteAsync(target, $"SELECT setval(pg_get_serial_sequence('{name.Replace("'", "''", StringComparison.Ordinal)}', '{table.IdentityColumn}'), GREATEST(max({id}), 1), max({id}) IS NOT NULL) FROM {name}", cancellationToken);
        }

        var results = new List<TableResult>();
        foreach (var table in tables)
        {
            var (rows, checksum) = await ChecksumAsync(target, table, cancellationToken);
            results.Add(new TableResult(table.Name, copied[table.Name].Rows, rows, copied[table.Name].Checksum, checksum));
        }
        if (results.FirstOrDefault(r => !r.Matches) is { } bad)
        {
            throw new CopyRefusedException($"Verification failed on {bad.Table}: {bad.SourceRows} rows (checksum {bad.SourceChecksum:x16}) in SQLite, {bad.TargetRows} (checksum {bad.TargetChecksum:x16}) in PostgreSQL. Nothing was committed.");
        }
        var keys = await CopyKeysAsync(target, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CopyReport(results, keys);
    }

    private static async Task EnsureSourceIsCurrentAsync(string source, CancellationToken cancellationToken)
    {
        var path = new SqliteConnectionStringBuilder(source).DataSource;
        if (!File.Exists(path))
        {
            throw new CopyRefusedException($"No SQLite database at {path}: point Data:Directory (or ConnectionStrings:Seller) at the install to copy.");
        }
        await using var db = new SellerDb(new DbContextOptionsBuilder<SellerDb>().UseSqlite(source).Options);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new CopyRefusedException($"The SQLite database is behind this version ({pending.Count} migration(s) pending: {string.Join(", ", pending)}). Start this version once on SQLite so it upgrades, then copy.");
        }
    }

    private static async Task EnsureEmptyAsync(NpgsqlConnection target, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1 LIMIT 6", target);
        var found = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) found.Add(reader.GetString(0));
        }
        if (found.Count > 0)
        {
            throw new CopyRefusedException(
                $"The target database {target.Database} is not empty (it has {string.Join(", ", found.Take(5))}{(found.Count > 5 ? ", ..." : "")}). Copy only into an empty database: create a new one (CREATE DATABASE ...) and point --to at it.");
        }
    }

    private async Task<(long Rows, ulong Checksum)> CopyAsync(SqliteConnection sqlite, NpgsqlConnection target, CopyTable table, long tableTotal, long before, long total, CancellationToken cancellationToken)
    {
        long rows = 0;
        ulong checksum = 0;
        await using (var writer = await target.BeginBinaryImportAsync(table.CopySql, cancellationToken))
        {
            await using var command = new SqliteCommand(table.SelectSql, sqlite);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = table.Read(reader);
                await writer.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null) await writer.WriteNullAsync(cancellationToken);
                    else await writer.WriteAsync(row[i], table.Columns[i].DbType, cancellationToken);
                }
                checksum = unchecked(checksum + CopyTable.RowHash(row));
                if (++rows % ReportEvery == 0) progress(new CopyProgress(table.Name, rows, tableTotal, before + rows, total));
            }
            await writer.CompleteAsync(cancellationToken);
        }
        progress(new CopyProgress(table.Name, rows, tableTotal, before + rows, total));
        return (rows, checksum);
    }

    private static async Task<(long Rows, ulong Checksum)> ChecksumAsync(NpgsqlConnection target, CopyTable table, CancellationToken cancellationToken)
    {
        long rows = 0;
        ulong checksum = 0;
        await using var command = new NpgsqlCommand(table.SelectSql, target);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            checksum = unchecked(checksum + CopyTable.RowHash(table.Read(reader)));
            rows++;
        }
        return (rows, checksum);
    }

    /// <summary>The key files become rows of DataProtectionKeys, named as the EF key repository names them.</summary>
    private async Task<int> CopyKeysAsync(NpgsqlConnection target, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(keysPath) ? Directory.GetFiles(keysPath, "*.xml").Order(StringComparer.Ordinal).ToList() : [];
        foreach (var file in files)
        {
            await using var insert = new NpgsqlCommand("INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES ($1, $2)", target);
            insert.Parameters.AddWithValue(Path.GetFileNameWithoutExtension(file));
            insert.Parameters.AddWithValue(XElement.Load(file).ToString(SaveOptions.DisableFormatting));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        return files.Count;
    }

    private static IEnumerable<ITable> InDependencyOrder(IEnumerable<ITable> tables)
    {
        var pending = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || placed.Contains(fk.PrincipalTable.Name)))
                        ?? throw new CopyRefusedException($"Tables refer to each other in a cycle ({string.Join(", ", pending.Select(t => t.Name))}); the copy cannot order them.");
            placed.Add(ready.Name);
            pending.Remove(ready);
            yield return ready;
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
