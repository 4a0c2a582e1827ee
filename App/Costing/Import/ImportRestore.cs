using System.Text.Json;
using System.Text.Json.Nodes;

namespace SellerConsole.Costing.Import;

/// <summary>Puts an import's scoped rows back to its before-image, inside the caller's transaction.</summary>
internal static class ImportRestore
{
    public static async Task RestoreAsync(
        ImportSession session, ImportKind kind, JsonObject current, JsonObject before, CancellationToken ct)
    {
        var tables = ImportScope.For(kind);
        var types = new Dictionary<string, IReadOnlyDictionary<string, Type>>();
        foreach (var table in tables)
        {
            types[table.Name] = await ColumnTypesAsync(session, table.Name, ct);
        }
        // Lines and dated costs are replaced wholesale: the import may have deleted and re-added them under new ids.
        foreach (var child in tables.Where(t => t.IsChild).Reverse())
        {
            foreach (var row in Rows(current, child.Name))
            {
                await ExecuteAsync(session, $"DELETE FROM \"{child.Name}\" WHERE \"Id\" = @p0", [Id(row, types[child.Name])], ct);
            }
        }
        // Parents are updated in place, keeping their ids, so nothing outside the import's rows loses its reference.
        foreach (var parent in tables.Where(t => !t.IsChild))
        {
            var old = Rows(before, parent.Name).ToDictionary(Key);
            foreach (var row in Rows(current, parent.Name).Where(r => !old.ContainsKey(Key(r))))
            {
                await ExecuteAsync(session, $"DELETE FROM \"{parent.Name}\" WHERE \"Id\" = @p0", [Id(row, types[parent.Name])], ct);
            }
            var now = Rows(current, parent.Name).Select(Key).ToHashSet();
            foreach (var row in old.Values)
            {
                if (now.Contains(Key(row)))
                {
                    var columns = Columns(row).Where(c => c != "Id").ToList();
                    var set = string.Join(", ", columns.Select((c, i) => $"\"{c}\" = @p{i + 1}"));
                    var columnTypes = types[parent.Name];
                    await ExecuteAsync(session, $"UPDATE \"{parent.Name}\" SET {set} WHERE \"Id\" = @p0",
                        [Id(row, columnTypes), .. columns.Select(c => Value(row[c], columnTypes, c))], ct);
                }
                else
                {
                    await InsertAsync(session, parent.Name, types[parent.Name], row, ct);
                }
            }
        }
        foreach (var child in tables.Where(t => t.IsChild))
        {
            foreach (var row in Rows(before, child.Name))
            {
                await InsertAsync(session, child.Name, types[child.Name], row, ct);
            }
        }
    }

    private static Task InsertAsync(ImportSession session, string table, IReadOnlyDictionary<string, Type> types, JsonObject row, CancellationToken ct)
    {
        var columns = Columns(row).ToList();
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        return ExecuteAsync(session, sql, [.. columns.Select(c => Value(row[c], types, c))], ct);
    }

    private static async Task ExecuteAsync(ImportSession session, string sql, object?[] values, CancellationToken ct)
    {
        await using var command = session.Connection.CreateCommand();
        command.Transaction = session.Transaction;
        command.CommandText = sql;
        foreach (var (value, i) in values.Select((v, i) => (v, i)))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Each column's type as the provider reads it back (SQLite: long, double, string; PostgreSQL: int, decimal, bool,
    /// DateTime...), so an image's JSON is written back as that type: PostgreSQL will not cast text into a numeric column.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, Type>> ColumnTypesAsync(ImportSession session, string table, CancellationToken ct)
    {
        await using var command = session.Connection.CreateCommand();
        command.Transaction = session.Transaction;
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE 1 = 0";
        await using var reader = await command.ExecuteReaderAsync(ct);
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetFieldType);
    }

    private static IEnumerable<JsonObject> Rows(JsonObject image, string table) => image[table]!.AsArray().Select(r => r!.AsObject());

    private static IEnumerable<string> Columns(JsonObject row) => row.Select(p => p.Key).Where(k => k != "__key");

    private static long Key(JsonObject row) => row["Id"]!.GetValue<long>();

    private static object Id(JsonObject row, IReadOnlyDictionary<string, Type> types) => Value(row["Id"], types, "Id")!;

    private static object? Value(JsonNode? node, IReadOnlyDictionary<string, Type> types, string column) =>
        node is null ? null
        : types.TryGetValue(column, out var type) && !(type == typeof(string) && node.GetValueKind() != JsonValueKind.String)
            ? JsonSerializer.Deserialize(node, type)
            : Loose(node);

    private static object? Loose(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number when node.AsValue().TryGetValue<long>(out var whole) => whole,
        JsonValueKind.Number => node.GetValue<double>(),
        _ => node.ToJsonString(),
    };
}
