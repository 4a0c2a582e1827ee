using SellerConsole.Costing.Data;

namespace SellerConsole.Costing.Import;

internal sealed record SkuRow(int Row, string Sku, SkuLine? Line, decimal LabourMinutes, PackedParcel Parcel, string? Service);

/// <summary>
/// SKU costs file: one row per content or packaging line of a listed SKU, with the SKU's labour, packed
/// weight, size and postage service repeated (and equal) on each of its rows. Each SKU in the file gets
/// exactly the file's lines; SKUs not in the file are left alone. A SKU with no lines has one row with
/// ItemType, ItemCode and Quantity empty.
/// </summary>
internal sealed class SkuImport(IReadOnlyList<SkuCostDefinition> skus, DateTime now) : IImportPlan
{
    public int Rows { get; } = skus.Sum(s => Math.Max(1, s.Contents.Count + s.Packaging.Count));

    public IReadOnlyCollection<string> Codes => skus.Select(s => s.Sku).ToList();

    public static SkuImport? Check(Table table, IReadOnlyDictionary<string, int> columns, CostingSnapshot snapshot, IReadOnlySet<string> listed,
        DateTime now, List<ImportError> errors, Action<int> checkedRows)
    {
        var packaging = snapshot.Data.Packaging.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var first = new Dictionary<string, SkuRow>(StringComparer.Ordinal);
        var lines = new FirstSeen<(string, string, string)>();
        var parsed = new List<SkuRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var r = new RowReader(row, columns, errors).RequireWidth(table.Header.Count);
            var sku = r.Text("Sku", 64);
            var line = SkuLines.Read(r, snapshot.Catalogue, packaging);
            var labour = r.Decimal("LabourMinutes", 0m, 10_000m, minExclusive: false, emptyMeans: "0");
            var weight = r.Int("WeightGrams", 1, 1_000_000);
            var length = r.Decimal("LengthCm", 0m, 1_000m, minExclusive: true);
            var width = r.Decimal("WidthCm", 0m, 1_000m, minExclusive: true);
            var depth = r.Decimal("DepthCm", 0m, 1_000m, minExclusive: true);
            var service = r.Text("PostageService", CostingLimits.Service, required: false);
            if (sku is not null && !listed.Contains(sku) && !snapshot.Skus.ContainsKey(sku))
            {
                r.Error("Sku", $"SKU '{sku}' is not one of your listings; costs can only be imported for a listed SKU.");
            }
            if (r.HasErrors)
            {
                continue;
            }
            var item = new SkuRow(row.Number, sku!, line, labour!.Value, new PackedParcel(weight!.Value, new Dimensions(length!.Value, width!.Value, depth!.Value)),
                string.IsNullOrEmpty(service) ? null : service);
            if (first.TryGetValue(item.Sku, out var earlier) && (earlier.LabourMinutes, earlier.Parcel, earlier.Service) != (item.LabourMinutes, item.Parcel, item.Service))
            {
                r.Error("Sku", $"SKU '{item.Sku}' has a different labour, weight, size or postage service on row {earlier.Row}; they must match on every row of a SKU.");
            }
            else if (line is not null && lines.Duplicate((item.Sku, line.Type, line.Code), row.Number) is { } seen)
            {
                r.Error("ItemCode", $"Duplicate: SKU '{item.Sku}' already lists {line.Type} '{line.Code}' on row {seen}; put the total quantity on one row.");
            }
            else
            {
                first.TryAdd(item.Sku, item);
                parsed.Add(item);
            }
            if (row.Number % 5_000 == 0)
            {
                checkedRows(parsed.Count);
            }
        }
        if (errors.Count > 0)
        {
            return null;
        }
        var services = snapshot.Data.PostageRates.Select(p => p.Rate.Service).ToHashSet(StringComparer.Ordinal);
        var definitions = new List<SkuCostDefinition>();
        foreach (var group in parsed.GroupBy(p => p.Sku, StringComparer.Ordinal))
        {
            var sku = Definition(group.Key, group.ToList());
            try
            {
                SkuValidator.Validate(snapshot.Catalogue, services, sku);
                definitions.Add(sku);
            }
            catch (CostingException ex)
            {
                errors.Add(new ImportError(group.First().Row, "Sku", ex.Message));
            }
        }
        return errors.Count == 0 ? new SkuImport(definitions, now) : null;
    }

    private static SkuCostDefinition Definition(string sku, IReadOnlyList<SkuRow> rows)
    {
        var lines = rows.Where(r => r.Line is not null).Select(r => r.Line!).ToList();
        return new SkuCostDefinition(sku,
            lines.Where(l => l.Type != "Packaging")
                .Select(l => new BomLine(new BomRef(l.Type == "Kit" ? BomItemKind.Kit : BomItemKind.Component, l.Code), l.Quantity, l.WasteRate)).ToArray(),
            lines.Where(l => l.Type == "Packaging").Select(l => new PackagingLine(l.Code, l.Quantity)).ToArray(),
            rows[0].LabourMinutes, rows[0].Parcel, rows[0].Service);
    }

    public CostingMasterData Apply(CostingMasterData data) => skus.Aggregate(data, (d, sku) => d.WithSku(sku));

    public async Task<int> WriteAsync(ImportSession session, Action<int> written, CancellationToken ct)
    {
        using var upsert = session.Prepare(
            "INSERT INTO \"SkuCosts\" (\"Sku\", \"LabourMinutes\", \"WeightGrams\", \"LengthCm\", \"WidthCm\", \"DepthCm\", \"PostageService\", \"UpdatedUtc\") " +
            "VALUES (@sku, @labour, @weight, @length, @width, @depth, @service, @now) ON CONFLICT(\"Sku\") DO UPDATE SET " +
            "\"LabourMinutes\" = excluded.\"LabourMinutes\", \"WeightGrams\" = excluded.\"WeightGrams\", \"LengthCm\" = excluded.\"LengthCm\", " +
            "\"WidthCm\" = excluded.\"WidthCm\", \"DepthCm\" = excluded.\"DepthCm\", \"PostageService\" = excluded.\"PostageService\", " +
            "\"UpdatedUtc\" = excluded.\"UpdatedUtc\" RETURNING \"Id\"",
            "@sku", "@labour", "@weight", "@length", "@width", "@depth", "@service", "@now");
        using var clearLines = session.Prepare("DELETE FROM \"SkuCostLines\" WHERE \"SkuCostId\" = @id", "@id");
        using var clearPackaging = session.Prepare("DELETE FROM \"SkuPackagingLines\" WHERE \"SkuCostId\" = @id", "@id");
        using var insertLine = session.Prepare(
            "INSERT INTO \"SkuCostLines\" (\"SkuCostId\", \"Position\", \"ItemKind\", \"ItemCode\", \"Quantity\", \"WasteRate\") " +
            "VALUES (@id, @position, @kind, @code, @quantity, @waste)",
            "@id", "@position", "@kind", "@code", "@quantity", "@waste");
        using var insertPackaging = session.Prepare(
            "INSERT INTO \"SkuPackagingLines\" (\"SkuCostId\", \"PackagingCode\", \"Quantity\") VALUES (@id, @code, @quantity)", "@id", "@code", "@quantity");
        var count = 0;
        foreach (var sku in skus)
        {
            var size = sku.Parcel.Size;
            var id = await upsert.With(sku.Sku, sku.LabourMinutes, sku.Parcel.WeightGrams, size.A, size.B, size.C, sku.PostageService, now).IdAsync(ct);
            await clearLines.With(id).ExecuteNonQueryAsync(ct);
            await clearPackaging.With(id).ExecuteNonQueryAsync(ct);
            for (var i = 0; i < sku.Contents.Count; i++)
            {
                var line = sku.Contents[i];
                await insertLine.With(id, i, line.Item.Kind.ToString(), line.Item.Code, line.Quantity, line.WasteRate).ExecuteNonQueryAsync(ct);
            }
            foreach (var line in sku.Packaging)
            {
                await insertPackaging.With(id, line.Code, line.Quantity).ExecuteNonQueryAsync(ct);
            }
            count += Math.Max(1, sku.Contents.Count + sku.Packaging.Count);
            if (count % 2_000 < 10)
            {
                written(count);
            }
        }
        return count;
    }
}
