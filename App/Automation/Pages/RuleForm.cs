using System.Globalization;
using SellerConsole.Alerts;
using SellerConsole.Automation.Engine;

namespace SellerConsole.Automation.Pages;

/// <summary>The editor's mutable copy of a rule; becomes a <see cref="RuleDefinition"/> to validate, test and save.</summary>
public sealed class RuleForm
{
    public string Name { get; set; } = "";
    public bool Enabled { get; set; }
    public TriggerKind Kind { get; set; } = TriggerKind.Threshold;
    public string Event { get; set; } = RuleEvents.PriceChanged;
    public RuleField Field { get; set; } = RuleField.Margin;
    public RuleOperator Operator { get; set; } = RuleOperator.Below;
    public string Value { get; set; } = "10";
    public string At { get; set; } = "07:30";
    public HashSet<DayOfWeek> Days { get; set; } = [];
    public List<ConditionRow> Conditions { get; set; } = [];
    public List<ActionRow> Actions { get; set; } = [new()];
    public int CooldownMinutes { get; set; } = 60;

    public sealed class ConditionRow
    {
        public RuleField Field { get; set; } = RuleField.Category;
        public RuleOperator Operator { get; set; } = RuleOperator.Is;
        public string Value { get; set; } = "";
    }

    public sealed class ActionRow
    {
        public ActionKind Kind { get; set; } = ActionKind.RaiseAlert;
        public string? Text { get; set; }
        public AlertSeverity Severity { get; set; } = AlertSeverity.Warning;
        public long? StrategyId { get; set; }
        public string Format { get; set; } = "xlsx";
        public int Days { get; set; } = 7;
        public string? Url { get; set; }
    }

    public RuleDefinition ToDefinition() => new(
        Name,
        Enabled,
        Kind switch
        {
            TriggerKind.Event => new RuleTrigger(TriggerKind.Event, Event: Event),
            TriggerKind.Threshold => new RuleTrigger(TriggerKind.Threshold, Field: Field, Operator: Operator, Value: Value),
            _ => new RuleTrigger(TriggerKind.Schedule, At: TimeOnly.TryParseExact(At, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null,
                Days: Days.Count is 0 or 7 ? null : Days.Order().ToList()),
        },
        Conditions.Select(c => new RuleCondition(c.Field, c.Operator, c.Value)).ToList(),
        Actions.Select(a => a.Kind switch
        {
            ActionKind.RaiseAlert => new RuleAction(a.Kind, Text: Blank(a.Text), Severity: a.Severity),
            ActionKind.SendEmail => new RuleAction(a.Kind, Text: Blank(a.Text)),
            ActionKind.ApplyStrategy => new RuleAction(a.Kind, StrategyId: a.StrategyId),
            ActionKind.ExportReport => new RuleAction(a.Kind, Text: Blank(a.Text), Format: a.Format, Days: a.Days),
            ActionKind.CallWebhook => new RuleAction(a.Kind, Url: a.Url?.Trim()),
            _ => new RuleAction(a.Kind),
        }).ToList(),
        CooldownMinutes);

    public static RuleForm From(RuleDefinition d) => new()
    {
        Name = d.Name,
        Enabled = d.Enabled,
        Kind = d.Trigger.Kind,
        Event = d.Trigger.Event ?? RuleEvents.PriceChanged,
        Field = d.Trigger.Field ?? RuleField.Margin,
        Operator = d.Trigger.Operator ?? RuleOperator.Below,
        Value = d.Trigger.Value ?? "",
        At = (d.Trigger.At ?? new TimeOnly(7, 30)).ToString("HH:mm", CultureInfo.InvariantCulture),
        Days = d.Trigger.Days?.ToHashSet() ?? [],
        Conditions = d.Conditions.Select(c => new ConditionRow { Field = c.Field, Operator = c.Operator, Value = c.Value }).ToList(),
        Actions = d.Actions.Select(a => new ActionRow
        {
            Kind = a.Kind, Text = a.Text, Severity = a.Severity ?? AlertSeverity.Warning, StrategyId = a.StrategyId,
            Format = a.Format ?? "xlsx", Days = a.Days ?? 7, Url = a.Url,
        }).ToList(),
        CooldownMinutes = d.CooldownMinutes,
    };

    /// <summary>Whether the rule changes how prices are set (turning it on asks first).</summary>
    public static bool TouchesPrices(RuleDefinition d) =>
        d.Actions.Any(a => a.Kind is ActionKind.PauseRepricing or ActionKind.ResumeRepricing or ActionKind.ApplyStrategy);

    /// <summary>An operator that fits the field after the field changed.</summary>
    public static RuleOperator Fit(RuleField field, RuleOperator current) =>
        RuleFields.Operators(field).Contains(current) ? current : RuleFields.Operators(field)[0];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string ActionLabel(ActionKind kind) => kind switch
    {
        ActionKind.RaiseAlert => "Raise an alert",
        ActionKind.SendEmail => "Email me",
        ActionKind.PauseRepricing => "Pause repricing for the SKU",
        ActionKind.ResumeRepricing => "Resume repricing for the SKU",
        ActionKind.ApplyStrategy => "Apply a repricing strategy",
        ActionKind.ExportReport => "Email the profit report",
        _ => "Call a webhook",
    };

    public static string TriggerLabel(TriggerKind kind) => kind switch
    {
        TriggerKind.Event => "Something happens",
        TriggerKind.Threshold => "A number crosses a line",
        _ => "At a time of day",
    };
}
