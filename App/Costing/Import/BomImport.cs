using SellerConsole.Costing.Data;

namespace SellerConsole.Costing.Import;

internal sealed record BomRow(int Row, string KitCode, string KitName, BomRef Item, decimal Quantity, decimal WasteRate);

/// <summary>
/// BOMs file: one row per kit line. Each kit in the file is created or has its lines replaced by the
/// file's rows; kits not in the file are left alone. Items must be known components, or kits that
/// exist or are defined in the same file; no kit may end up containing itself.
/// </summary>
internal sealed class BomImport(IReadOnlyList<BomRow> rows) : IImportPlan
{
    public int Rows => rows.Count;

    public IReadOnlyCollection<string> Codes => rows.Select(r => r.KitCode).Distinct().ToList();

    public static BomImport? Check(Table table, IReadOnlyDictionary<string, int> columns, CostingSnapshot snapshot, List<ImportError> errors, Action<int> checkedRows)
    {
        var catalogue = snapshot.Catalogue;
        var parsed = new List<BomRow>(table.Rows.Count);
        var kitNames = new Dictionary<string, (string Name, int Row)>(StringComparer.Ordinal);
        var lines = new FirstSeen<(string, BomRef)>();
        var fileKits = table.Rows.Select(r => new RowReader(r, columns, []).Raw("KitCode")).ToHashSet(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var r = new RowReader(row, columns, errors).RequireWidth(table.Header.Count);
            var kitCode = r.Text("KitCode", CostingLimits.Code);
            var kitName = r.Text("KitName", CostingLimits.Name, required: false);
            var kind = ItemKind(r);
            var itemCode = r.Text("ItemCode", CostingLimits.Code);
            var quantity = r.Decimal("Quantity", 0m, 1_000_000m, minExclusive: true);
            var waste = r.Percent("WastePercent", below: 1_000m, emptyMeans: "0");
            if (r.HasErrors)
            {
                continue;
            }
            var item = new BomRef(kind!.Value, itemCode!);
            var known = item.Kind == BomItemKind.Component ? catalogue.Contains(item) : catalogue.Contains(item) || fileKits.Contains(item.Code);
            var name = string.IsNullOrEmpty(kitName) ? (catalogue.Contains(BomRef.Kit(kitCode!)) ? catalogue.Kit(kitCode!).Name : kitCode!) : kitName;
            if (!known)
            {
                r.Error("ItemCode", $"Unknown {item.Kind.ToString().ToLowerInvariant()} '{item.Code}'" +
                    (item.Kind == BomItemKind.Component ? ": import or add the component first." : ": it is neither saved nor defined in this file."));
            }
            else if (lines.Duplicate((kitCode!, item), row.Number) is { } first)
            {
                r.Error("ItemCode", $"Duplicate: kit '{kitCode}' already lists {item} on row {first}; put the total quantity on one row.");
            }
            else if (kitNames.TryGetValue(kitCode!, out var earlier) && !string.IsNullOrEmpty(kitName) && earlier.Name != kitName)
            {
                r.Error("KitName", $"Kit '{kitCode}' is called '{earlier.Name}' on row {earlier.Row}.");
            }
            else
            {
                kitNames.TryAdd(kitCode!, (name, row.Number));
                parsed.Add(new BomRow(row.Number, kitCode!, name, item, quantity!.Value, waste!.Value));
            }
            if (row.Number % 5_000 == 0)
            {
                checkedRows(parsed.Count);
            }
        }
        if (errors.Count == 0)
        {
            BomLoops.Report(parsed, catalogue, errors);
        }
        return errors.Count == 0 ? new BomImport(parsed) : null;
    }

    private static BomItemKind? ItemKind(RowReader r)
    {
        var text = r.Raw("ItemType");
        if (text.Equals("Component", StringComparison.OrdinalIgnoreCase))
        {
            return BomItemKind.Component;
        }
        if (text.Equals("Kit", StringComparison.OrdinalIgnoreCase))
        {
            return BomItemKind.Kit;
        }
        r.Error("ItemType", text.Length == 0 ? "ItemType is empty (Component or Kit)." : $"ItemType '{text}' must be Component or Kit.");
        return null;
    }

    public static IReadOnlyList<Kit> Kits(IReadOnlyList<BomRow> rows) => rows
        .GroupBy(r => r.KitCode, StringComparer.Ordinal)
        .Select(g => new Kit(g.Key, g.First().KitName, g.Select(r => new BomLine(r.Item, r.Quantity, r.WasteRate)).ToArray()))
        .ToList();

    public CostingMasterData Apply(CostingMasterData data)
    {
        var kits = data.Kits.ToDictionary(k => k.Code, StringComparer.Ordinal);
        foreach (var kit in Kits(rows))
        {
            kits[kit.Code] = kit;
        }
        return data with { Kits = kits.Values.ToList() };
    }

    public async Task<int> WriteAsync(ImportSession session, Action<int> written, CancellationToken ct)
    {
        using var upsert = session.Prepare(
            "INSERT INTO \"CostKits\" (\"Code\", \"Name\") VALUES (@code, @name) ON CONFLICT(\"Code\") DO UPDATE SET \"Name\" = excluded.\"Name\" RETURNING \"Id\"",
            "@code", "@name");
        using var clear = session.Prepare("DELETE FROM \"KitLines\" WHERE \"KitId\" = @id", "@id");
        using var insert = session.Prepare(
            "INSERT INTO \"KitLines\" (\"KitId\", \"Position\", \"ItemKind\", \"ItemCode\", \"Quantity\", \"WasteRate\") VALUES (@kit, @position, @kind, @code, @quantity, @waste)",
            "@kit", "@position", "@kind", "@code", "@quantity", "@waste");
        var count = 0;
        foreach (var kit in Kits(rows))
        {
            var id = await upsert.With(kit.Code, kit.Name).IdAsync(ct);
            await clear.With(id).ExecuteNonQueryAsync(ct);
            for (var i = 0; i < kit.Lines.Count; i++)
            {
                var line = kit.Lines[i];
                await insert.With(id, i, line.Item.Kind.ToString(), line.Item.Code, line.Quantity, line.WasteRate).ExecuteNonQueryAsync(ct);
                if (++count % 2_000 == 0)
                {
                    written(count);
                }
            }
        }
        return count;
    }
}
