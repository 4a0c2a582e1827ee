namespace SellerConsole.Automation.Engine;

/// <summary>A rule in words, for the list, the audit log and explanations.</summary>
public static class RuleText
{
    public static string Trigger(RuleTrigger t) => t.Kind switch
    {
        TriggerKind.Event => $"when {(t.Event is { } e && RuleEvents.Triggers.TryGetValue(e, out var words) ? words.ToLowerInvariant() : t.Event)}",
        TriggerKind.Threshold when t.Field is { } f => $"when {RuleFields.Label(f)} {RuleFields.Words(t.Operator ?? RuleOperator.Below)} {ConditionCheck.Show(f, t.Value ?? "")} (checked every few minutes)",
        TriggerKind.Schedule => RuleSchedule.Describe(t),
        _ => "when ?",
    };

    public static string Condition(RuleCondition c) => $"{RuleFields.Label(c.Field)} {RuleFields.Words(c.Operator)} {ConditionCheck.Show(c.Field, c.Value)}";

    public static string Action(RuleAction a) => a.Kind switch
    {
        ActionKind.RaiseAlert => a.Severity is { } s ? $"raise a{(s == Alerts.AlertSeverity.Info ? "n" : "")} {s.ToString().ToLowerInvariant()} alert" : "raise an alert",
        ActionKind.SendEmail => "email the owner",
        ActionKind.PauseRepricing => "pause repricing for the SKUs",
        ActionKind.ResumeRepricing => "resume repricing for the SKUs",
        ActionKind.ApplyStrategy => $"apply repricing strategy #{a.StrategyId}",
        ActionKind.ExportReport => $"email the profit report ({a.Format}, last {a.Days} days)",
        ActionKind.CallWebhook => $"call {a.Url}",
        _ => a.Kind.ToString(),
    };
}
