namespace SellerConsole.Automation.Engine;

/// <summary>Names, units and allowed operators of the fields rules compare.</summary>
public static class RuleFields
{
    public static readonly IReadOnlyList<RuleOperator> NumberOperators = [RuleOperator.Below, RuleOperator.AtMost, RuleOperator.Above, RuleOperator.AtLeast, RuleOperator.Is];
    public static readonly IReadOnlyList<RuleOperator> TextOperators = [RuleOperator.Is, RuleOperator.IsNot, RuleOperator.Contains, RuleOperator.StartsWith];
    public static readonly IReadOnlyList<RuleOperator> ChoiceOperators = [RuleOperator.Is, RuleOperator.IsNot];

    /// <summary>Fields a threshold can watch (numbers, plus whether we hold the buy box).</summary>
    public static readonly IReadOnlyList<RuleField> Metrics = [RuleField.Margin, RuleField.Score, RuleField.Price, RuleField.Stock, RuleField.BuyBox];

    public static bool IsNumeric(RuleField field) => field is RuleField.Price or RuleField.Margin or RuleField.Score or RuleField.Stock;

    public static IReadOnlyList<RuleOperator> Operators(RuleField field) =>
        IsNumeric(field) ? NumberOperators : field == RuleField.BuyBox ? ChoiceOperators : TextOperators;

    public static string Label(RuleField field) => field switch
    {
        RuleField.Fulfilment => "fulfilment",
        RuleField.BuyBox => "buy box",
        RuleField.Sku => "SKU",
        _ => field.ToString().ToLowerInvariant(),
    };

    public static string Unit(RuleField field) => field switch
    {
        RuleField.Margin => "%",
        RuleField.Price => "£",
        _ => "",
    };

    public static string Format(RuleField field, decimal value) => field switch
    {
        RuleField.Margin => $"{SkuFacts.Invariant(value)}%",
        RuleField.Price => $"£{value:0.00}",
        _ => SkuFacts.Invariant(value),
    };

    public static string MissingWhy(RuleField field) => field switch
    {
        RuleField.Margin => " (not costed)",
        RuleField.Score => " (not scored yet)",
        RuleField.Price => " (no price)",
        _ => "",
    };

    public static string Words(RuleOperator op) => op switch
    {
        RuleOperator.Is => "is",
        RuleOperator.IsNot => "is not",
        RuleOperator.Contains => "contains",
        RuleOperator.StartsWith => "starts with",
        RuleOperator.Below => "is below",
        RuleOperator.AtMost => "is at most",
        RuleOperator.Above => "is above",
        _ => "is at least",
    };

    /// <summary>The buy box field's values.</summary>
    public static readonly IReadOnlyList<string> BuyBoxValues = ["ours", "not ours"];
}
