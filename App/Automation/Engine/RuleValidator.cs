namespace SellerConsole.Automation.Engine;

/// <summary>
/// Everything wrong with a rule, keyed by the field as the API names it ("trigger.value", "actions[1].url"),
/// so the API answers RFC 7807 naming the field and the page shows the message beside it.
/// </summary>
public static class RuleValidator
{
    public const int MaxCooldownMinutes = 7 * 24 * 60;
    public static readonly IReadOnlyList<string> ReportFormats = ["xlsx", "csv"];

    public static Dictionary<string, string[]> Problems(RuleDefinition? rule)
    {
        var errors = new Dictionary<string, string[]>();
        if (rule is null)
        {
            errors["body"] = ["Send a rule."];
            return errors;
        }
        void Add(string key, string message) => errors[key] = [message];

        if (string.IsNullOrWhiteSpace(rule.Name)) Add("name", "Give the rule a name.");
        else if (rule.Name.Trim().Length > 100) Add("name", "A name has at most 100 characters.");
        if (rule.CooldownMinutes is < 1 or > MaxCooldownMinutes) Add("cooldownMinutes", $"A cooldown is 1 to {MaxCooldownMinutes} minutes (7 days).");

        var t = rule.Trigger;
        if (t is null) Add("trigger", "Choose what starts the rule.");
        else if (!Enum.IsDefined(t.Kind)) Add("trigger.kind", "A trigger is Event, Threshold or Schedule.");
        else if (t.Kind == TriggerKind.Event && (t.Event is null || !RuleEvents.Triggers.ContainsKey(t.Event)))
            Add("trigger.event", $"Choose an event: {string.Join(", ", RuleEvents.Triggers.Keys)}.");
        else if (t.Kind == TriggerKind.Threshold)
        {
            if (t.Field is not { } f || !RuleFields.Metrics.Contains(f)) Add("trigger.field", $"A threshold watches one of: {string.Join(", ", RuleFields.Metrics)}.");
            else CheckComparison(f, t.Operator, t.Value, "trigger", Add);
        }
        else if (t.Kind == TriggerKind.Schedule && t.Days is { } days && days.Any(d => !Enum.IsDefined(d))) Add("trigger.days", "Days are Monday to Sunday.");

        var conditions = rule.Conditions ?? [];
        if (conditions.Count > 20) Add("conditions", "At most 20 conditions.");
        for (var i = 0; i < conditions.Count; i++)
        {
            var c = conditions[i];
            if (c is null || !Enum.IsDefined(c.Field)) Add($"conditions[{i}].field", "Choose a field.");
            else CheckComparison(c.Field, c.Operator, c.Value, $"conditions[{i}]", Add);
        }

        var actions = rule.Actions ?? [];
        if (actions.Count == 0) Add("actions", "Add at least one action.");
        if (actions.Count > 10) Add("actions", "At most 10 actions.");
        for (var i = 0; i < actions.Count; i++)
        {
            CheckAction(actions[i], $"actions[{i}]", Add);
        }
        return errors;
    }

    private static void CheckComparison(RuleField field, RuleOperator? op, string? value, string at, Action<string, string> add)
    {
        if (op is not { } o || !RuleFields.Operators(field).Contains(o))
            add($"{at}.operator", $"For {RuleFields.Label(field)} use: {string.Join(", ", RuleFields.Operators(field))}.");
        else if (string.IsNullOrWhiteSpace(value)) add($"{at}.value", "Enter a value to compare with.");
        else if (RuleFields.IsNumeric(field) && ConditionCheck.ParseNumber(value) is null) add($"{at}.value", $"'{value}' is not a number.");
        else if (field == RuleField.BuyBox && !RuleFields.BuyBoxValues.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
            add($"{at}.value", "The buy box is \"ours\" or \"not ours\".");
        else if (value.Length > 200) add($"{at}.value", "A value has at most 200 characters.");
    }

    private static void CheckAction(RuleAction? a, string at, Action<string, string> add)
    {
        if (a is null || !Enum.IsDefined(a.Kind))
        {
            add($"{at}.kind", $"Choose an action: {string.Join(", ", Enum.GetNames<ActionKind>())}.");
            return;
        }
        if (a.Text is { Length: > 1000 }) add($"{at}.text", "At most 1,000 characters.");
        switch (a.Kind)
        {
            case ActionKind.ApplyStrategy when a.StrategyId is not > 0:
                add($"{at}.strategyId", "Choose the repricing strategy to apply.");
                break;
            case ActionKind.ExportReport when !ReportFormats.Contains(a.Format ?? "", StringComparer.OrdinalIgnoreCase):
                add($"{at}.format", "The report is xlsx or csv.");
                break;
            case ActionKind.ExportReport when a.Days is not (>= 1 and <= 366):
                add($"{at}.days", "The report covers 1 to 366 days.");
                break;
            case ActionKind.CallWebhook when WebhookUrl.Problem(a.Url) is { } problem:
                add($"{at}.url", problem);
                break;
        }
    }
}
