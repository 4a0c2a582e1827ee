namespace SellerConsole.Costing;

/// <summary>
/// Everything that makes one shipped unit of a SKU cost what it costs, independent of its price.
/// </summary>
/// <param name="Contents">What goes in the box: components and kits, with quantities and waste.</param>
/// <param name="Packaging">Packaging consumed per shipped unit.</param>
/// <param name="LabourMinutes">Pick, pack and assembly time, charged at the catalogue's hourly rate.</param>
/// <param name="Parcel">Packed weight and outer dimensions, which choose the postage.</param>
/// <param name="PostageService">A fixed service, or null for the cheapest service that fits.</param>
public sealed record SkuCostDefinition(
    string Sku,
    IReadOnlyList<BomLine> Contents,
    IReadOnlyList<PackagingLine> Packaging,
    decimal LabourMinutes,
    PackedParcel Parcel,
    string? PostageService = null);
