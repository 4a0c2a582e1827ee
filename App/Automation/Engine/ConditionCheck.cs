using System.Globalization;

namespace SellerConsole.Automation.Engine;

/// <summary>One condition against one listing: holds or not, and the words that say why ("margin 8% is below 10%").</summary>
public static class ConditionCheck
{
    public static (bool Holds, string Because) Test(RuleCondition condition, SkuFacts facts)
    {
        var field = condition.Field;
        bool holds;
        string subject;
        if (RuleFields.IsNumeric(field))
        {
            var limit = ParseNumber(condition.Value) ?? throw new FormatException($"'{condition.Value}' is not a number");
            if (facts.Number(field) is not { } actual)
            {
                return (false, $"{facts.Describe(field)}, so it {Phrase(condition.Operator, Show(field, condition.Value), false)}");
            }
            holds = condition.Operator switch
            {
                RuleOperator.Below => actual < limit,
                RuleOperator.AtMost => actual <= limit,
                RuleOperator.Above => actual > limit,
                RuleOperator.AtLeast => actual >= limit,
                RuleOperator.Is => actual == limit,
                _ => throw new InvalidOperationException($"{condition.Operator} does not apply to {field}"),
            };
            subject = facts.Describe(field);
        }
        else
        {
            var text = facts.Text(field) ?? "";
            var value = condition.Value.Trim();
            holds = condition.Operator switch
            {
                RuleOperator.Is => string.Equals(text, value, StringComparison.OrdinalIgnoreCase),
                RuleOperator.IsNot => !string.Equals(text, value, StringComparison.OrdinalIgnoreCase),
                RuleOperator.Contains => text.Contains(value, StringComparison.OrdinalIgnoreCase),
                RuleOperator.StartsWith => text.StartsWith(value, StringComparison.OrdinalIgnoreCase),
                _ => throw new InvalidOperationException($"{condition.Operator} does not apply to {field}"),
            };
            subject = text.Length == 0 ? $"{RuleFields.Label(field)} (empty)" : $"{RuleFields.Label(field)} \"{text}\"";
        }
        return (holds, $"{subject} {Phrase(condition.Operator, Show(field, condition.Value), holds)}");
    }

    /// <summary>"is below 10%" when it holds, "is not below 10%" when it does not.</summary>
    public static string Phrase(RuleOperator op, string value, bool holds) => (op, holds) switch
    {
        (RuleOperator.IsNot, true) => $"is not {value}",
        (RuleOperator.IsNot, false) => $"is {value}",
        (RuleOperator.Is, _) => holds ? $"is {value}" : $"is not {value}",
        (RuleOperator.Contains, _) => holds ? $"contains {value}" : $"does not contain {value}",
        (RuleOperator.StartsWith, _) => holds ? $"starts with {value}" : $"does not start with {value}",
        _ => holds ? $"{RuleFields.Words(op)} {value}" : $"is not {RuleFields.Words(op)[3..]} {value}",
    };

    public static decimal? ParseNumber(string? value) =>
        decimal.TryParse(value?.Trim().TrimStart('£').TrimEnd('%').Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static string Show(RuleField field, string value) =>
        RuleFields.IsNumeric(field) && ParseNumber(value) is { } n ? RuleFields.Format(field, n) : $"\"{value.Trim()}\"";
}
