using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Shared;

namespace SellerConsole.Pricing.Pages;

/// <summary>The values behind <see cref="SkuPricingFields"/>: strategy, mode, manual floor and ceiling, with their problems by field.</summary>
public sealed class SkuPricingForm
{
    public long? StrategyId { get; set; }
    public RepricingMode? Mode { get; set; }
    public decimal? Floor { get; set; }
    public decimal? Ceiling { get; set; }

    /// <summary>Which settings a bulk change sets (a single SKU's form sets all four).</summary>
    public AssignFields Fields { get; set; } = AssignFields.All;

    public bool Changes(AssignFields field) => Fields.HasFlag(field);

    public void Change(AssignFields field, bool on) => Fields = on ? Fields | field : Fields & ~field;
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public static SkuPricingForm From(SkuPricing? current) => new()
    {
        StrategyId = current?.StrategyId,
        Mode = current?.Mode,
        Floor = current?.ManualFloorPence is { } f ? Money.FromPence(f) : null,
        Ceiling = current?.ManualCeilingPence is { } c ? Money.FromPence(c) : null,
    };

    public SkuPricingRequest Request => new(StrategyId, Mode, Floor, Ceiling);

    /// <summary>Checks the values and keeps the problems for the fields to show; true when they can be saved.</summary>
    public bool Validate()
    {
        var errors = PricingAssignments.Problems(Request);
        if (Fields == AssignFields.None) errors["fields"] = ["Tick at least one setting to change."];
        Errors = errors;
        return Errors.Count == 0;
    }

    public string? Error(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;
}
