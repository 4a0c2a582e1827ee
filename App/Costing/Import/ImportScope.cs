using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace SellerConsole.Costing.Import;

/// <summary>One table an import writes, and how to select its rows for the import's codes (parents before children).</summary>
internal sealed record ScopedTable(string Name, string Select, bool IsChild);

/// <summary>
/// The rows an import of one kind can write, for the codes in its file: everything an undo needs to put back. Rows are
/// captured whole (every column, the Id included) as JSON, grouped by the code they belong to, so a later edit can be
/// told apart from the import's own writes code by code, and the old rows restored exactly, updated rows included.
/// </summary>
internal static class ImportScope
{
    private const string Keys = "(SELECT value FROM json_each($keys))";

    public static IReadOnlyList<ScopedTable> For(ImportKind kind) => kind switch
    {
        ImportKind.Components =>
        [
            new("CostComponents", $"SELECT t.Code AS __key, t.* FROM CostComponents t WHERE t.Code IN {Keys}", false),
            new("ComponentCosts", $"SELECT p.Code AS __key, t.* FROM ComponentCosts t JOIN CostComponents p ON p.Id = t.ComponentId WHERE p.Code IN {Keys}", true),
        ],
        ImportKind.Boms =>
        [
            new("CostKits", $"SELECT t.Code AS __key, t.* FROM CostKits t WHERE t.Code IN {Keys}", false),
            new("KitLines", $"SELECT p.Code AS __key, t.* FROM KitLines t JOIN CostKits p ON p.Id = t.KitId WHERE p.Code IN {Keys}", true),
        ],
        ImportKind.Skus =>
        [
            new("SkuCosts", $"SELECT t.Sku AS __key, t.* FROM SkuCosts t WHERE t.Sku IN {Keys}", false),
            new("SkuCostLines", $"SELECT p.Sku AS __key, t.* FROM SkuCostLines t JOIN SkuCosts p ON p.Id = t.SkuCostId WHERE p.Sku IN {Keys}", true),
            new("SkuPackagingLines", $"SELECT p.Sku AS __key, t.* FROM SkuPackagingLines t JOIN SkuCosts p ON p.Id = t.SkuCostId WHERE p.Sku IN {Keys}", true),
        ],
        ImportKind.Postage =>
        [
            new("PostageRates", $"SELECT t.Service AS __key, t.* FROM PostageRates t WHERE t.Service IN {Keys}", true),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>table name -> rows; each row is {"__key": code, column: value, ...}.</summary>
    public static async Task<JsonObject> CaptureAsync(
        SqliteConnection connection, SqliteTransaction transaction, ImportKind kind, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var image = new JsonObject();
        var keys = JsonSerializer.Serialize(codes);
        foreach (var table in For(kind))
        {
            using var select = Sql.Prepare(connection, transaction, table.Select + " ORDER BY t.Id", "$keys").With(keys);
            await using var reader = await select.ExecuteReaderAsync(ct);
            var rows = new JsonArray();
            while (await reader.ReadAsync(ct))
            {
                var row = new JsonObject();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                    {
                        long l => JsonValue.Create(l),
                        double d => JsonValue.Create(d),
                        byte[] b => JsonValue.Create(Convert.ToBase64String(b)),
                        var other => JsonValue.Create(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)),
                    };
                }
                rows.Add(row);
            }
            image[table.Name] = rows;
        }
        return image;
    }

    /// <summary>The codes whose rows differ between two images (a later edit, when comparing now with the import's after-image).</summary>
    public static IReadOnlyList<string> ChangedKeys(JsonObject expected, JsonObject actual)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (table, rows) in expected)
        {
            var a = ByKey(rows!.AsArray());
            var b = ByKey(actual[table]!.AsArray());
            foreach (var key in a.Keys.Union(b.Keys))
            {
                if (a.GetValueOrDefault(key, "") != b.GetValueOrDefault(key, ""))
                {
                    changed.Add(key);
                }
            }
        }
        return [.. changed];
    }

    private static Dictionary<string, string> ByKey(JsonArray rows) => rows
        .GroupBy(r => (string)r!["__key"]!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(r => r!.ToJsonString())), StringComparer.Ordinal);
}
