using System.Globalization;
using SellerConsole.Costing.Data;

namespace SellerConsole.Costing.Import;

/// <summary>
/// Exports in the import layouts, so an exported file can be edited and imported back; templates are
/// the same layouts with example rows.
/// </summary>
public static class CostingExporter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static byte[] Export(CostingSnapshot snapshot, ImportKind kind, TableFormat format) =>
        Write(kind, format, Rows(snapshot, kind));

    public static byte[] Template(ImportKind kind, TableFormat format) => Write(kind, format, ImportColumns.Examples(kind));

    public static string FileName(ImportKind kind, TableFormat format, bool template) =>
        $"{ImportColumns.FileName(kind)}{(template ? "-template" : "")}.{TableFiles.Extension(format)}";

    private static byte[] Write(ImportKind kind, TableFormat format, IEnumerable<string[]> rows)
    {
        var header = ImportColumns.For(kind);
        var kinds = header.Select(name => name switch
        {
            "PackCost" or "Price" => ColumnKind.Money,
            "PackSize" or "VatPercent" or "Quantity" or "WastePercent" or "MaxWeightGrams" or "LabourMinutes" or "WeightGrams"
                or "LengthCm" or "WidthCm" or "DepthCm" => ColumnKind.Number,
            "EffectiveFrom" => ColumnKind.Date,
            _ => ColumnKind.Text,
        }).ToArray();
        return TableFiles.Write(format, ImportColumns.FileName(kind), header, rows, kinds);
    }

    private static IEnumerable<string[]> Rows(CostingSnapshot snapshot, ImportKind kind) => kind switch
    {
        ImportKind.Components => snapshot.Data.Components.OrderBy(c => c.Code, StringComparer.Ordinal).SelectMany(c => c.PackCosts
            .OrderBy(p => p.EffectiveFrom)
            .Select(p => new[] { c.Code, c.Name, c.Supplier, c.SupplierCode, Number(c.PackSize), Number(c.PurchaseVatRate * 100m), p.Amount.ToString("0.00", Invariant), Date(p.EffectiveFrom) })),
        ImportKind.Boms => snapshot.Data.Kits.OrderBy(k => k.Code, StringComparer.Ordinal).SelectMany(k => k.Lines
            .Select(l => new[] { k.Code, k.Name, l.Item.Kind.ToString(), l.Item.Code, Number(l.Quantity), Number(l.WasteRate * 100m) })),
        ImportKind.Skus => snapshot.Data.Skus.OrderBy(s => s.Sku, StringComparer.Ordinal).SelectMany(SkuRows),
        _ => snapshot.Data.PostageRates
            .OrderBy(r => r.Rate.Service, StringComparer.Ordinal).ThenBy(r => r.Rate.Format.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Rate.MaxWeightGrams).ThenBy(r => r.Rate.EffectiveFrom)
            .Select(r => new[]
            {
                r.Rate.Service, r.Rate.Format.Name, r.Rate.MaxWeightGrams.ToString(Invariant), r.Rate.Price.ToString("0.00", Invariant),
                Number(r.Rate.VatRate * 100m), Date(r.Rate.EffectiveFrom),
            }),
    };

    /// <summary>One row per content and packaging line (one with no item for a SKU without lines), the SKU's own fields on each.</summary>
    private static IEnumerable<string[]> SkuRows(SkuCostDefinition sku)
    {
        string[] Row(string type, string code, decimal quantity, string waste) =>
        [
            sku.Sku, type, code, type.Length == 0 ? "" : Number(quantity), waste, Number(sku.LabourMinutes), sku.Parcel.WeightGrams.ToString(Invariant),
            Number(sku.Parcel.Size.A), Number(sku.Parcel.Size.B), Number(sku.Parcel.Size.C), sku.PostageService ?? "",
        ];
        var rows = sku.Contents.Select(l => Row(l.Item.Kind.ToString(), l.Item.Code, l.Quantity, Number(l.WasteRate * 100m)))
            .Concat(sku.Packaging.Select(p => Row("Packaging", p.Code, p.Quantity, "")))
            .ToList();
        return rows.Count > 0 ? rows : [Row("", "", 0m, "")];
    }

    private static string Number(decimal value) => value.ToString("0.##########", Invariant);

    private static string Date(DateTime value) => value.ToString("yyyy-MM-dd", Invariant);
}
