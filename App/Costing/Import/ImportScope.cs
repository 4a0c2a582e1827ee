using System.Text.Json;
using System.Text.Json.Nodes;

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
    public static IReadOnlyList<ScopedTable> For(ImportKind kind) => For(kind, "");

    /// <summary>The tables, with each select filtering on <paramref name="keys"/> (<see cref="ImportSession.Keys"/>).</summary>
    public static IReadOnlyList<ScopedTable> For(ImportKind kind, string keys) => kind switch
    {
        ImportKind.Components =>
        [
            Parent("CostComponents", "Code", keys),
            Child("ComponentCosts", "ComponentId", "CostComponents", "Code", keys),
        ],
        ImportKind.Boms =>
        [
            Parent("CostKits", "Code", keys),
            Child("KitLines", "KitId", "CostKits", "Code", keys),
        ],
        ImportKind.Skus =>
        [
            Parent("SkuCosts", "Sku", keys),
            Child("SkuCostLines", "SkuCostId", "SkuCosts", "Sku", keys),
            Child("SkuPackagingLines", "SkuCostId", "SkuCosts", "Sku", keys),
        ],
        // Postage rates have no parent row: each is replaced whole, like a child.
        ImportKind.Postage => [new("PostageRates", $"SELECT t.\"Service\" AS __key, t.* FROM \"PostageRates\" t WHERE t.\"Service\" IN {keys}", true)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static ScopedTable Parent(string table, string code, string keys) =>
        new(table, $"SELECT t.\"{code}\" AS __key, t.* FROM \"{table}\" t WHERE t.\"{code}\" IN {keys}", false);

    private static ScopedTable Child(string table, string parentId, string parent, string code, string keys) =>
        new(table, $"SELECT p.\"{code}\" AS __key, t.* FROM \"{table}\" t JOIN \"{parent}\" p ON p.\"Id\" = t.\"{parentId}\" WHERE p.\"{code}\" IN {keys}", true);

    /// <summary>table name -> rows; each row is {"__key": code, column: value, ...}.</summary>
    public static async Task<JsonObject> CaptureAsync(
        ImportSession session, ImportKind kind, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var image = new JsonObject();
        var keys = JsonSerializer.Serialize(codes);
        foreach (var table in For(kind, session.Keys))
        {
            using var select = session.Prepare(table.Select + " ORDER BY t.\"Id\"", "@keys").With(keys);
            await using var reader = await select.ExecuteReaderAsync(ct);
            var rows = new JsonArray();
            while (await reader.ReadAsync(ct))
            {
                var row = new JsonObject();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : Json(reader.GetValue(i));
                }
                rows.Add(row);
            }
            image[table.Name] = rows;
        }
        return image;
    }

    /// <summary>
    /// A column's value as JSON. SQLite gives longs, doubles and text (its dates and decimals are text); PostgreSQL gives
    /// typed values, kept exact (decimals as JSON numbers, times as round-trip UTC) so the restore writes them back unchanged.
    /// </summary>
    private static JsonNode? Json(object value) => value switch
    {
        long l => JsonValue.Create(l),
        int n => JsonValue.Create((long)n),
        short n => JsonValue.Create((long)n),
        double d => JsonValue.Create(d),
        decimal m => JsonValue.Create(m),
        bool b => JsonValue.Create(b),
        DateTime t => JsonValue.Create(DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        byte[] b => JsonValue.Create(Convert.ToBase64String(b)),
        var other => JsonValue.Create(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)),
    };

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
