using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Costing.Data;

/// <summary>Components, kits and packaging items: saved whole (with their dated costs or lines).</summary>
public sealed partial class CostingStore
{
    public Task<CostingEditResult> SaveComponentAsync(Component component, string actor, CancellationToken ct) =>
        EditAsync(actor, "component", component.Code, Describe(component),
            data => data.WithComponent(component),
            async (db, token) =>
            {
                var row = await db.CostComponents.Include(c => c.Costs).FirstOrDefaultAsync(c => c.Code == component.Code, token);
                if (row is null)
                {
                    row = new StoredComponent { Code = component.Code, Name = component.Name };
                    db.CostComponents.Add(row);
                }
                row.Name = component.Name;
                row.Supplier = component.Supplier;
                row.SupplierCode = component.SupplierCode;
                row.PackSize = component.PackSize;
                row.VatRate = component.PurchaseVatRate;
                SyncDated(row.Costs, component.PackCosts, c => c.EffectiveFromUtc, (c, p) => c.PackCostPence = p,
                    (d, p) => new StoredComponentCost { EffectiveFromUtc = d, PackCostPence = p }, $"Component '{component.Code}' pack cost");
            }, ct);

    public Task<CostingEditResult> DeleteComponentAsync(string code, string actor, CancellationToken ct) =>
        EditAsync(actor, "component", code, "Deleted",
            data => data with { Components = data.Components.Where(c => c.Code != code).ToList() },
            (db, token) => db.CostComponents.Where(c => c.Code == code).ExecuteDeleteAsync(token), ct);

    public Task<CostingEditResult> SaveKitAsync(Kit kit, string actor, CancellationToken ct) =>
        EditAsync(actor, "kit", kit.Code, $"{kit.Name}: {string.Join(", ", kit.Lines.Select(Describe))}",
            data => data.WithKit(kit),
            async (db, token) =>
            {
                var row = await db.CostKits.Include(k => k.Lines).FirstOrDefaultAsync(k => k.Code == kit.Code, token);
                if (row is null)
                {
                    row = new StoredKit { Code = kit.Code, Name = kit.Name };
                    db.CostKits.Add(row);
                }
                row.Name = kit.Name;
                row.Lines.Clear();
                row.Lines.AddRange(kit.Lines.Select((l, i) => new StoredKitLine
                {
                    Position = i, ItemKind = l.Item.Kind, ItemCode = l.Item.Code, Quantity = l.Quantity, WasteRate = l.WasteRate,
                }));
            }, ct);

    public Task<CostingEditResult> DeleteKitAsync(string code, string actor, CancellationToken ct) =>
        EditAsync(actor, "kit", code, "Deleted",
            data => data with { Kits = data.Kits.Where(k => k.Code != code).ToList() },
            (db, token) => db.CostKits.Where(k => k.Code == code).ExecuteDeleteAsync(token), ct);

    public Task<CostingEditResult> SavePackagingAsync(PackagingItem item, string actor, CancellationToken ct) =>
        EditAsync(actor, "packaging item", item.Code,
            $"{item.Name} ({item.Kind}), VAT {item.VatRate * 100m:0.##}%, costs {string.Join(", ", item.Costs.Select(c => $"{EffectiveDating.Format(c.EffectiveFrom)}: {c.Amount:0.00}"))}",
            data => data.WithPackaging(item),
            async (db, token) =>
            {
                var row = await db.PackagingItems.Include(p => p.Costs).FirstOrDefaultAsync(p => p.Code == item.Code, token);
                if (row is null)
                {
                    row = new StoredPackaging { Code = item.Code, Name = item.Name };
                    db.PackagingItems.Add(row);
                }
                row.Name = item.Name;
                row.Kind = item.Kind;
                row.VatRate = item.VatRate;
                SyncDated(row.Costs, item.Costs, c => c.EffectiveFromUtc, (c, p) => c.CostPence = p,
                    (d, p) => new StoredPackagingCost { EffectiveFromUtc = d, CostPence = p }, $"Packaging '{item.Code}' cost");
            }, ct);

    public Task<CostingEditResult> DeletePackagingAsync(string code, string actor, CancellationToken ct) =>
        EditAsync(actor, "packaging item", code, "Deleted",
            data => data with { Packaging = data.Packaging.Where(p => p.Code != code).ToList() },
            (db, token) => db.PackagingItems.Where(p => p.Code == code).ExecuteDeleteAsync(token), ct);

    private static string Describe(Component c) =>
        $"{c.Name}; {c.Supplier} {c.SupplierCode}; pack of {c.PackSize:0.####}; VAT {c.PurchaseVatRate * 100m:0.##}%; costs " +
        string.Join(", ", c.PackCosts.Select(p => $"{EffectiveDating.Format(p.EffectiveFrom)}: {p.Amount:0.00}"));

    private static string Describe(BomLine l) =>
        $"{l.Item} x {l.Quantity:0.####}{(l.WasteRate == 0 ? "" : $" (+{l.WasteRate * 100m:0.##}% waste)")}";
}
