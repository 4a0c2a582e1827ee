using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Tests.Data;

/// <summary>
/// The early migrations were hand-written; from ToolBaseline on, dotnet-ef generates them. Applying every
/// migration must give exactly the schema EF derives from the model, and the model must carry no change
/// that no migration has (run `dotnet ef migrations add Name` when this fails).
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_model_has_no_change_that_no_migration_carries()
    {
        using var db = new DesignTimeSellerDb().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run `dotnet ef migrations add <Name>` and commit the migration.");
    }

    [Fact]
    public async Task Migrations_build_exactly_the_schema_the_model_describes()
    {
        var folder = Directory.CreateTempSubdirectory("sellerconsole-schema-").FullName;
        try
        {
            var migrated = await SchemaAsync(Path.Combine(folder, "migrated.db"), db => db.Database.MigrateAsync());
            var modelled = await SchemaAsync(Path.Combine(folder, "model.db"), db => db.Database.EnsureCreatedAsync());

            var missing = modelled.Except(migrated).ToList();
            var extra = migrated.Except(modelled).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                "Write a migration. In the model but not migrated:\n  " + string.Join("\n  ", missing) +
                "\nMigrated but not in the model:\n  " + string.Join("\n  ", extra));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<IReadOnlySet<string>> SchemaAsync(string path, Func<SellerDb, Task> create)
    {
        var options = new DbContextOptionsBuilder<SellerDb>()
            .UseSqlite($"Data Source={path}")
            .Options;
        await using (var db = new SellerDb(options))
        {
            await create(db);
        }

        var facts = new SortedSet<string>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        foreach (var table in await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'"))
        {
            facts.Add($"table {table}");
            foreach (var column in await ListAsync(connection, $"SELECT name || ' ' || type || (CASE WHEN \"notnull\" = 1 THEN ' NOT NULL' ELSE '' END) || (CASE WHEN pk > 0 THEN ' PK' ELSE '' END) FROM pragma_table_info('{table}')"))
            {
                facts.Add($"column {table}.{column}");
            }
            foreach (var index in await ListAsync(connection, $"SELECT name || (CASE WHEN \"unique\" = 1 THEN ' UNIQUE' ELSE '' END) FROM pragma_index_list('{table}') WHERE origin = 'c'"))
            {
                var name = index.Split(' ')[0];
                var columns = string.Join(",", await ListAsync(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno"));
                facts.Add($"index {table}.{index} ({columns})");
            }
            foreach (var key in await ListAsync(connection, $"SELECT \"from\" || ' -> ' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}')"))
            {
                facts.Add($"foreign key {table}.{key}");
            }
        }
        return facts;
    }

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
