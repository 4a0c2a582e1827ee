using Microsoft.Data.Sqlite;
using Npgsql;
using SellerConsole.Catalog.Sync;
using SellerConsole.Data.ToPostgres;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Security;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Data.Postgres;

public sealed class MigrateToPostgresTests
{
    [Fact]
    public async Task A_synced_sqlite_install_copied_to_postgres_matches_row_for_row_and_runs_there()
    {
        const string secret = "amzn1.oa2-cs.v1.moved-with-the-keys";
        using var sqlite = new SandboxApp();
        await sqlite.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);
        await ClockPump.RunAsync(sqlite.Clock, () => sqlite.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        await ClockPump.RunAsync(sqlite.Clock, () => sqlite.Service<OffersSync>().RunAsync(null, CancellationToken.None));
        await sqlite.Service<SettingsStore>().SaveAsync("spapi",
            new Dictionary<string, string?> { [SettingsCatalog.SpApiClientSecret] = secret }, "owner:test", CancellationToken.None);
        var before = await sqlite.CatalogueDigestAsync();
        var target = await (await ThrowawayPostgres.SharedAsync()).CreateDatabaseAsync("moved");

        var output = new StringWriter();
        var exit = await MigrateToPostgresCommand.RunAsync(["migrate-to-postgres", "--to", target, $"--Data:Directory={sqlite.DataDirectory}"], output);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains("row counts and checksums match", output.ToString());
        var sourceCounts = await SqliteCountsAsync(Path.Combine(sqlite.DataDirectory, "seller.db"));
        Assert.Contains(sourceCounts, c => c.Key == "Listings" && c.Value == SandboxApp.Listings);
        Assert.Contains(sourceCounts, c => c.Key == "CompetingOffers" && c.Value > 0);
        foreach (var (table, rows) in sourceCounts)
        {
            Assert.True(rows == await PostgresCountAsync(target, table), $"{table}: {rows} rows in SQLite");
        }

        using var postgres = new SandboxApp(new Dictionary<string, string?> { ["ConnectionStrings:Seller"] = target });
        await postgres.CreateSignedInClientAsync();
        Assert.Equal(before, await postgres.CatalogueDigestAsync());
        Assert.Equal(secret, await postgres.Service<SettingsStore>().GetAsync(SettingsCatalog.SpApiClientSecret, CancellationToken.None));
    }

    [Fact]
    public async Task A_target_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        using var sqlite = new SellerAppFactory();
        _ = sqlite.CreateAnonymousClient();
        var target = await (await ThrowawayPostgres.SharedAsync()).CreateDatabaseAsync("busy");
        await using (var connection = new NpgsqlConnection(target))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand("CREATE TABLE keepme (id int); INSERT INTO keepme VALUES (42);", connection).ExecuteNonQueryAsync();
        }

        var output = new StringWriter();
        var exit = await MigrateToPostgresCommand.RunAsync(["migrate-to-postgres", "--to", target, $"--Data:Directory={sqlite.DataDirectory}"], output);

        Assert.Equal(1, exit);
        Assert.Contains("is not empty", output.ToString());
        Assert.Contains("public.keepme", output.ToString());
        Assert.Equal(1, await PostgresCountAsync(target, "keepme"));
        Assert.Equal(-1, await PostgresCountAsync(target, "Owners"));
    }

    [Fact]
    public async Task Without_a_target_it_prints_how_to_use_it()
    {
        var output = new StringWriter();

        Assert.Equal(2, await MigrateToPostgresCommand.RunAsync(["migrate-to-postgres"], output));
        Assert.Contains("--to", output.ToString());
    }

    private static async Task<Dictionary<string, long>> SqliteCountsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var reader = await new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')", connection).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            counts[table] = (long)(await new SqliteCommand($"SELECT count(*) FROM \"{table}\"", connection).ExecuteScalarAsync())!;
        }
        return counts;
    }

    /// <summary>-1 when the table does not exist.</summary>
    private static async Task<long> PostgresCountAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var exists = (bool)(await new NpgsqlCommand($"SELECT to_regclass('public.\"{table}\"') IS NOT NULL", connection).ExecuteScalarAsync())!;
        return exists ? (long)(await new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection).ExecuteScalarAsync())! : -1;
    }
}
