using System.Globalization;

namespace SellerConsole.Automation.Engine;

/// <summary>
/// What a rule can see of one listing today. <see cref="Margin"/> is a fraction (0.12 = 12%), null when the SKU
/// is not costed; <see cref="Score"/> is the listing score (0-100), null before the first scoring.
/// </summary>
public sealed record SkuFacts(
    string Sku,
    string Title,
    string? Category,
    string? Brand,
    string? Fulfilment,
    string? Status,
    decimal? Price,
    decimal? Margin,
    decimal? Score,
    bool? BuyBoxOurs,
    int Stock)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The number a numeric field compares, in the unit the owner types (margin in %, price in £).</summary>
    public decimal? Number(RuleField field) => field switch
    {
        RuleField.Price => Price,
        RuleField.Margin => Margin is { } m ? Math.Round(m * 100m, 2, MidpointRounding.AwayFromZero) : null,
        RuleField.Score => Score,
        RuleField.Stock => Stock,
        _ => null,
    };

    public string? Text(RuleField field) => field switch
    {
        RuleField.Category => Category,
        RuleField.Brand => Brand,
        RuleField.Sku => Sku,
        RuleField.Title => Title,
        RuleField.Fulfilment => Fulfilment,
        RuleField.Status => Status,
        RuleField.BuyBox => BuyBoxOurs switch { true => "ours", false => "not ours", null => null },
        _ => null,
    };

    /// <summary>"margin 8.2%", "price £12.99", "category Power Tools" for explanations.</summary>
    public string Describe(RuleField field) => RuleFields.IsNumeric(field)
        ? Number(field) is { } n ? $"{RuleFields.Label(field)} {RuleFields.Format(field, n)}" : $"no {RuleFields.Label(field)}{RuleFields.MissingWhy(field)}"
        : Text(field) is { Length: > 0 } t ? $"{RuleFields.Label(field)} {t}" : $"no {RuleFields.Label(field)}";

    internal static string Invariant(decimal value) => value.ToString("0.##", EnGb);
}
