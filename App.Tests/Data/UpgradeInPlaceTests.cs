using System.IO.Compression;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Data;

/// <summary>
/// A data directory written by the previous release (net9, the 2026-11-22 code: a 20-listing Sandbox after
/// a full sync, orders, Keepa, scores, a backup run) upgrades in place: every migration since applies,
/// every row is still there, and the owner still signs in with the keys that came with it.
/// </summary>
public sealed class UpgradeInPlaceTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "release-2026-11-22.zip");

    [Fact]
    public async Task A_database_made_by_the_previous_release_upgrades_in_place_with_every_row_kept()
    {
        var data = Directory.CreateTempSubdirectory("sellerconsole-upgrade-").FullName;
        ZipFile.ExtractToDirectory(Fixture, data);
        var database = Path.Combine(data, "seller.db");
        var before = await RowCountsAsync(database);
        Assert.True(before["Listings"] > 0 && before["Orders"] > 0 && before["CompetingOffers"] > 0 && before["ListingScores"] > 0,
            "the fixture should hold a synced shop");

        using (var app = new SellerAppFactory(new Dictionary<string, string?> { ["Data:Directory"] = data, ["Sandbox:Listings"] = "20" }, withOwner: false))
        {
            var client = app.CreateAnonymousClient();
            var signIn = await client.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);
            Assert.Equal("/", signIn.Headers.Location?.OriginalString);
            var listings = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/listings?pageSize=50");
            Assert.Equal(before["Listings"], listings.GetProperty("total").GetInt32());
        }
        SqliteConnection.ClearAllPools();

        var after = await RowCountsAsync(database);
        foreach (var (table, count) in before)
        {
            Assert.True(after.TryGetValue(table, out var now) && now >= count, $"{table}: {count} rows before the upgrade, {now} after");
        }
        var migrations = await ListAsync(database, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId");
        using var model = new SellerConsole.Data.DesignTimeSellerDb().CreateDbContext([]);
        Assert.Equal(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(model.Database).Last(), migrations[^1]);
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(string database)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in await ListAsync(database, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'"))
        {
            counts[table] = long.Parse((await ListAsync(database, $"SELECT count(*) FROM \"{table}\""))[0]);
        }
        return counts;
    }

    private static async Task<List<string>> ListAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return values;
    }
}
