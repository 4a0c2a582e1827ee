using Microsoft.EntityFrameworkCore;

namespace SellerConsole.Costing.Data;

/// <summary>Per-SKU cost definitions: contents, packaging, labour, parcel and postage choice.</summary>
public sealed partial class CostingStore
{
    public Task<CostingEditResult> SaveSkuCostAsync(SkuCostDefinition sku, string actor, CancellationToken ct) =>
        EditAsync(actor, "SKU cost", sku.Sku,
            $"{sku.Contents.Count} content line(s), {sku.Packaging.Count} packaging line(s), {sku.LabourMinutes:0.##} min, {sku.Parcel}, " +
            $"postage {sku.PostageService ?? "cheapest that fits"}",
            data => data.WithSku(sku),
            async (db, token) =>
            {
                var row = await db.SkuCosts.Include(s => s.Lines).Include(s => s.Packaging).AsSplitQuery()
                    .FirstOrDefaultAsync(s => s.Sku == sku.Sku, token);
                if (row is null)
                {
                    row = new StoredSkuCost { Sku = sku.Sku };
                    db.SkuCosts.Add(row);
                }
                row.LabourMinutes = sku.LabourMinutes;
                row.WeightGrams = sku.Parcel.WeightGrams;
                row.LengthCm = sku.Parcel.Size.A;
                row.WidthCm = sku.Parcel.Size.B;
                row.DepthCm = sku.Parcel.Size.C;
                row.PostageService = sku.PostageService;
                row.UpdatedUtc = Now;
                row.Lines.Clear();
                row.Lines.AddRange(sku.Contents.Select((l, i) => new StoredSkuLine
                {
                    Position = i, ItemKind = l.Item.Kind, ItemCode = l.Item.Code, Quantity = l.Quantity, WasteRate = l.WasteRate,
                }));
                row.Packaging.Clear();
                row.Packaging.AddRange(sku.Packaging.Select(p => new StoredSkuPackaging { PackagingCode = p.Code, Quantity = p.Quantity }));
            }, ct);

    public Task<CostingEditResult> DeleteSkuCostAsync(string sku, string actor, CancellationToken ct) =>
        EditAsync(actor, "SKU cost", sku, "Deleted",
            data => data with { Skus = data.Skus.Where(s => s.Sku != sku).ToList() },
            (db, token) => db.SkuCosts.Where(s => s.Sku == sku).ExecuteDeleteAsync(token), ct);
}
