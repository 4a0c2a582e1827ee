using SellerConsole.Costing.Data;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Import;

internal sealed record ComponentRow(int Row, string Code, string Name, string Supplier, string SupplierCode, decimal PackSize, decimal VatRate, decimal PackCost, DateTime From);

/// <summary>
/// Components file: one row per component and dated pack cost. Components are added or updated by
/// code; a cost on a date the component already has replaces it; other costs are kept.
/// </summary>
internal sealed class ComponentImport(IReadOnlyList<ComponentRow> rows) : IImportPlan
{
    public int Rows => rows.Count;

    public IReadOnlyCollection<string> Codes => rows.Select(r => r.Code).Distinct().ToList();

    public static ComponentImport? Check(Table table, IReadOnlyDictionary<string, int> columns, List<ImportError> errors, Action<int> checkedRows)
    {
        var parsed = new List<ComponentRow>(table.Rows.Count);
        var firstByCode = new Dictionary<string, ComponentRow>(StringComparer.Ordinal);
        var dates = new FirstSeen<(string, DateTime)>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(row, columns, errors).RequireWidth(table.Header.Count);
            var code = r.Text("Code", CostingLimits.Code);
            var name = r.Text("Name", CostingLimits.Name);
            var supplier = r.Text("Supplier", CostingLimits.Name, required: false);
            var supplierCode = r.Text("SupplierCode", CostingLimits.Code, required: false);
            var packSize = r.Decimal("PackSize", 0m, 1_000_000m, minExclusive: true);
            var vat = r.Percent("VatPercent");
            var cost = r.Money("PackCost");
            var from = r.Date("EffectiveFrom");
            if (r.HasErrors)
            {
                continue;
            }
            var item = new ComponentRow(row.Number, code!, name!, supplier!, supplierCode!, packSize!.Value, vat!.Value, cost!.Value, from!.Value);
            if (dates.Duplicate((item.Code, item.From), item.Row) is { } first)
            {
                r.Error("EffectiveFrom", $"Duplicate: component '{item.Code}' already has a cost from {EffectiveDating.Format(item.From)} on row {first}.");
            }
            else if (firstByCode.TryGetValue(item.Code, out var earlier) && !SameDetails(earlier, item))
            {
                r.Error("Code", $"Component '{item.Code}' is described differently on row {earlier.Row} (name, supplier, pack size and VAT must match on every row of a code).");
            }
            else
            {
                firstByCode.TryAdd(item.Code, item);
                parsed.Add(item);
            }
            if (row.Number % 5_000 == 0)
            {
                checkedRows(parsed.Count);
            }
        }
        return errors.Count == 0 ? new ComponentImport(parsed) : null;
    }

    public CostingMasterData Apply(CostingMasterData data)
    {
        var components = data.Components.ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => r.Code, StringComparer.Ordinal))
        {
            var first = group.First();
            var costs = components.TryGetValue(first.Code, out var existing)
                ? existing.PackCosts.ToDictionary(c => c.EffectiveFrom)
                : [];
            foreach (var row in group)
            {
                costs[row.From] = new DatedPrice(row.From, row.PackCost);
            }
            components[first.Code] = new Component(first.Code, first.Name, first.Supplier, first.SupplierCode, first.PackSize,
                costs.Values.OrderBy(c => c.EffectiveFrom).ToArray(), first.VatRate);
        }
        return data with { Components = components.Values.ToList() };
    }

    public async Task<int> WriteAsync(ImportSession session, Action<int> written, CancellationToken ct)
    {
        using var upsert = session.Prepare(
            "INSERT INTO \"CostComponents\" (\"Code\", \"Name\", \"Supplier\", \"SupplierCode\", \"PackSize\", \"VatRate\") " +
            "VALUES (@code, @name, @supplier, @supplierCode, @packSize, @vat) " +
            "ON CONFLICT(\"Code\") DO UPDATE SET \"Name\" = excluded.\"Name\", \"Supplier\" = excluded.\"Supplier\", " +
            "\"SupplierCode\" = excluded.\"SupplierCode\", \"PackSize\" = excluded.\"PackSize\", \"VatRate\" = excluded.\"VatRate\" RETURNING \"Id\"",
            "@code", "@name", "@supplier", "@supplierCode", "@packSize", "@vat");
        using var cost = session.Prepare(
            "INSERT INTO \"ComponentCosts\" (\"ComponentId\", \"EffectiveFromUtc\", \"PackCostPence\") VALUES (@id, @from, @pence) " +
            "ON CONFLICT(\"ComponentId\", \"EffectiveFromUtc\") DO UPDATE SET \"PackCostPence\" = excluded.\"PackCostPence\"",
            "@id", "@from", "@pence");
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var count = 0;
        foreach (var row in rows)
        {
            if (!ids.TryGetValue(row.Code, out var id))
            {
                id = await upsert.With(row.Code, row.Name, row.Supplier, row.SupplierCode, row.PackSize, row.VatRate).IdAsync(ct);
                ids[row.Code] = id;
            }
            await cost.With(id, row.From, Money.ToPence(row.PackCost)).ExecuteNonQueryAsync(ct);
            if (++count % 2_000 == 0)
            {
                written(count);
            }
        }
        return count;
    }

    private static bool SameDetails(ComponentRow a, ComponentRow b) =>
        a.Name == b.Name && a.Supplier == b.Supplier && a.SupplierCode == b.SupplierCode && a.PackSize == b.PackSize && a.VatRate == b.VatRate;
}
