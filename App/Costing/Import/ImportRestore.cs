using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace SellerConsole.Costing.Import;

/// <summary>Puts an import's scoped rows back to its before-image, inside the caller's transaction.</summary>
internal static class ImportRestore
{
    public static async Task RestoreAsync(
        SqliteConnection connection, SqliteTransaction transaction, ImportKind kind, JsonObject current, JsonObject before, CancellationToken ct)
    {
        var tables = ImportScope.For(kind);
        // Lines and dated costs are replaced wholesale: the import may have deleted and re-added them under new ids.
        foreach (var child in tables.Where(t => t.IsChild).Reverse())
        {
            foreach (var row in Rows(current, child.Name))
            {
                await ExecuteAsync(connection, transaction, $"DELETE FROM \"{child.Name}\" WHERE Id = $p0", [Id(row)], ct);
            }
        }
        // Parents are updated in place, keeping their ids, so nothing outside the import's rows loses its reference.
        foreach (var parent in tables.Where(t => !t.IsChild))
        {
            var old = Rows(before, parent.Name).ToDictionary(Id);
            foreach (var row in Rows(current, parent.Name).Where(r => !old.ContainsKey(Id(r))))
            {
                await ExecuteAsync(connection, transaction, $"DELETE FROM \"{parent.Name}\" WHERE Id = $p0", [Id(row)], ct);
            }
            var now = Rows(current, parent.Name).Select(Id).ToHashSet();
            foreach (var row in old.Values)
            {
                if (now.Contains(Id(row)))
                {
                    var columns = Columns(row).Where(c => c != "Id").ToList();
                    var set = string.Join(", ", columns.Select((c, i) => $"\"{c}\" = $p{i + 1}"));
                    await ExecuteAsync(connection, transaction, $"UPDATE \"{parent.Name}\" SET {set} WHERE Id = $p0",
                        [Id(row), .. columns.Select(c => Value(row[c]))], ct);
                }
                else
                {
                    await InsertAsync(connection, transaction, parent.Name, row, ct);
                }
            }
        }
        foreach (var child in tables.Where(t => t.IsChild))
        {
            foreach (var row in Rows(before, child.Name))
            {
                await InsertAsync(connection, transaction, child.Name, row, ct);
            }
        }
    }

    private static Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, string table, JsonObject row, CancellationToken ct)
    {
        var columns = Columns(row).ToList();
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        return ExecuteAsync(connection, transaction, sql, [.. columns.Select(c => Value(row[c]))], ct);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, object?[] values, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i}", values[i] ?? DBNull.Value);
        }
        await command.ExecuteNonQueryAsync(ct);
    }

    private static IEnumerable<JsonObject> Rows(JsonObject image, string table) => image[table]!.AsArray().Select(r => r!.AsObject());

    private static IEnumerable<string> Columns(JsonObject row) => row.Select(p => p.Key).Where(k => k != "__key");

    private static long Id(JsonObject row) => row["Id"]!.GetValue<long>();

    private static object? Value(JsonNode? node) => node is null ? null : node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number when node.AsValue().TryGetValue<long>(out var whole) => whole,
        JsonValueKind.Number => node.GetValue<double>(),
        _ => node.ToJsonString(),
    };
}
