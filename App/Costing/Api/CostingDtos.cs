using SellerConsole.Costing.Quoting;

namespace SellerConsole.Costing.Api;

/// <param name="Kind">"Component" or "Kit".</param>
public sealed record BomLineDto(string Kind, string Code, decimal Quantity, decimal WastePercent = 0m);

public sealed record PackagingLineDto(string Code, decimal Quantity);

/// <summary>What one shipped unit is made of and how it ships (postage service null: cheapest that fits).</summary>
public sealed record SkuDefinitionDto(
    IReadOnlyList<BomLineDto> Contents,
    IReadOnlyList<PackagingLineDto>? Packaging,
    decimal LabourMinutes,
    int WeightGrams,
    decimal LengthCm,
    decimal WidthCm,
    decimal DepthCm,
    string? PostageService = null)
{
    public static SkuDefinitionDto From(SkuCostDefinition sku) => new(
        sku.Contents.Select(l => new BomLineDto(l.Item.Kind.ToString(), l.Item.Code, l.Quantity, l.WasteRate * 100m)).ToList(),
        sku.Packaging.Select(p => new PackagingLineDto(p.Code, p.Quantity)).ToList(),
        sku.LabourMinutes, sku.Parcel.WeightGrams, sku.Parcel.Size.A, sku.Parcel.Size.B, sku.Parcel.Size.C, sku.PostageService);

    /// <exception cref="CostingException">A line names neither a component nor a kit.</exception>
    public SkuCostDefinition ToDefinition(string sku) => new(
        sku,
        (Contents ?? []).Select(l => new BomLine(new BomRef(Kind(l.Kind), l.Code ?? ""), l.Quantity, l.WastePercent / 100m)).ToArray(),
        (Packaging ?? []).Select(p => new PackagingLine(p.Code ?? "", p.Quantity)).ToArray(),
        LabourMinutes,
        new PackedParcel(WeightGrams, new Dimensions(LengthCm, WidthCm, DepthCm)),
        string.IsNullOrWhiteSpace(PostageService) ? null : PostageService.Trim());

    private static BomItemKind Kind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "component" => BomItemKind.Component,
        "kit" => BomItemKind.Kit,
        _ => throw new CostingException($"A contents line has kind '{kind}'; use 'Component' or 'Kit'."),
    };
}

/// <summary>
/// Quote a saved SKU (<see cref="Sku"/>) or an inline definition. Price defaults to the listing's
/// price; shipping to the costing settings' charge; the date to now.
/// </summary>
public sealed record QuoteRequest(string? Sku, SkuDefinitionDto? Definition, decimal? Price, decimal? Shipping, DateTime? AsOf);

public sealed record BreakdownLineDto(string Label, decimal Amount, string Kind);

public sealed record FeesDto(decimal Referral, decimal DigitalServicesFee, decimal PlanFeeShare, decimal VatOnFees, bool VatOnFeesReclaimable);

public sealed record QuoteDto(
    string Sku, DateTime AsOf, string VatStatus, decimal ItemPrice, decimal Shipping, decimal VatDue, decimal ReclaimableInputVat,
    FeesDto Fees, decimal LandedCost, string Postage, decimal Profit, decimal Margin, decimal? Roi, decimal BreakEvenPrice,
    decimal TargetMargin, decimal? TargetMarginPrice, string? TargetMarginProblem, IReadOnlyList<BreakdownLineDto> Breakdown)
{
    public static QuoteDto From(SkuQuote q) => new(
        q.Quote.Sku, q.Quote.AsOf, q.Quote.Vat.ToString(), q.Quote.ItemPrice, q.Quote.ShippingCharge, q.Quote.VatDue, q.Quote.ReclaimableInputVat,
        new FeesDto(q.Quote.Fees.Referral, q.Quote.Fees.DigitalServicesFee, q.Quote.Fees.PlanFeeShare, q.Quote.Fees.VatOnFees, q.Quote.Fees.VatOnFeesReclaimable),
        q.Quote.LandedCost, q.Quote.Landed.Postage.Label, q.Quote.Profit, q.Quote.Margin, q.Quote.Roi, q.BreakEvenPrice,
        q.TargetMargin, q.TargetMarginPrice, q.TargetMarginProblem,
        q.Quote.Breakdown.Select(l => new BreakdownLineDto(l.Label, l.Amount, l.Kind.ToString())).ToList());
}

/// <summary>A SKU's saved definition, its landed cost today, and a quote at the listing price when there is one.</summary>
public sealed record SkuCostsDto(
    string Sku, SkuDefinitionDto Definition, decimal LandedCost, IReadOnlyList<BreakdownLineDto> LandedLines, decimal BreakEvenPrice,
    decimal? TargetMarginPrice, decimal? ListingPrice, QuoteDto? Quote);

public sealed record ImportErrorDto(int Row, string Column, string Message);

public sealed record ImportResultDto(string Id, string Kind, string FileName, int Rows, int Written, bool Succeeded, string? ErrorReportUrl, IReadOnlyList<ImportErrorDto> Errors,
    IReadOnlyList<string>? Notes = null);
