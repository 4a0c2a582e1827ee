namespace SellerConsole.Costing.Import;

public enum ImportKind
{
    Components,
    Boms,
    Postage,
    Skus,
}

/// <summary>The columns of each import/export file, in template order, with an example row for the template.</summary>
public static class ImportColumns
{
    public static IReadOnlyList<string> For(ImportKind kind) => kind switch
    {
        ImportKind.Components => ["Code", "Name", "Supplier", "SupplierCode", "PackSize", "VatPercent", "PackCost", "EffectiveFrom"],
        ImportKind.Boms => ["KitCode", "KitName", "ItemType", "ItemCode", "Quantity", "WastePercent"],
        ImportKind.Postage => ["Service", "Format", "MaxWeightGrams", "Price", "VatPercent", "EffectiveFrom"],
        ImportKind.Skus => ["Sku", "ItemType", "ItemCode", "Quantity", "WastePercent", "LabourMinutes", "WeightGrams", "LengthCm", "WidthCm", "DepthCm", "PostageService"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Example rows for the downloadable template: what a filled-in file looks like.</summary>
    public static IReadOnlyList<string[]> Examples(ImportKind kind) => kind switch
    {
        ImportKind.Components =>
        [
            ["SCREW-4x30", "Wood screw 4.0 x 30mm, zinc", "Acme Fixings", "AF-43021", "200", "20", "4.50", "2025-01-01"],
            ["SCREW-4x30", "Wood screw 4.0 x 30mm, zinc", "Acme Fixings", "AF-43021", "200", "20", "4.80", "2025-09-01"],
            ["PLUG-RED", "Wall plug, red, 6mm", "Acme Fixings", "AF-11006", "100", "20", "3.00", "2025-01-01"],
        ],
        ImportKind.Boms =>
        [
            ["FIX-PACK-10", "Fixing pack (10 screws + plugs)", "Component", "SCREW-4x30", "10", "0"],
            ["FIX-PACK-10", "Fixing pack (10 screws + plugs)", "Component", "PLUG-RED", "10", "5"],
        ],
        ImportKind.Postage =>
        [
            ["Royal Mail Tracked 48", "Large Letter", "750", "2.70", "0", "2025-04-07"],
            ["Royal Mail Tracked 48", "Small Parcel", "2000", "3.85", "0", "2025-04-07"],
        ],
        ImportKind.Skus =>
        [
            ["FIX-PACK-10-SKU", "Kit", "FIX-PACK-10", "1", "0", "2", "180", "22", "16", "3", "Royal Mail Tracked 48"],
            ["FIX-PACK-10-SKU", "Component", "SCREW-4x30", "2", "5", "2", "180", "22", "16", "3", "Royal Mail Tracked 48"],
            ["FIX-PACK-10-SKU", "Packaging", "BAG-S", "1", "", "2", "180", "22", "16", "3", "Royal Mail Tracked 48"],
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string FileName(ImportKind kind) => kind switch
    {
        ImportKind.Components => "components",
        ImportKind.Boms => "boms",
        ImportKind.Skus => "skus",
        _ => "postage",
    };

    public static bool TryParse(string? text, out ImportKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);
}

/// <summary>A row the import refused: the file's row number (the header is row 1), the column and why.</summary>
public sealed record ImportError(int Row, string Column, string Message);

public sealed record ImportProgress(string Stage, int Done, int Total)
{
    public double Percent => Total <= 0 ? 0 : Math.Round(100.0 * Done / Total, 1);
}

/// <summary>What an import did. When <see cref="Errors"/> is not empty nothing was written.</summary>
public sealed record ImportResult(
    Guid Id, ImportKind Kind, string FileName, int Rows, int Written, IReadOnlyList<ImportError> Errors, TimeSpan Took)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>How the file was read, when that is worth knowing: "read as Windows-1252", "semicolon-separated".</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
