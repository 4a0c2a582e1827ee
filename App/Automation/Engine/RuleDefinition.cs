using SellerConsole.Alerts;

namespace SellerConsole.Automation.Engine;

public enum TriggerKind
{
    /// <summary>Something happened (an event on the live feed).</summary>
    Event,

    /// <summary>A metric crossed a line; checked by the automation job every few minutes.</summary>
    Threshold,

    /// <summary>A time of day in UK time on chosen weekdays.</summary>
    Schedule,
}

/// <summary>What a listing's numbers and text are compared with.</summary>
public enum RuleField
{
    Category,
    Brand,
    Sku,
    Title,
    Fulfilment,
    Status,
    Price,
    Margin,
    Score,
    BuyBox,
    Stock,
}

public enum RuleOperator
{
    Is,
    IsNot,
    Contains,
    StartsWith,
    Below,
    AtMost,
    Above,
    AtLeast,
}

public enum ActionKind
{
    RaiseAlert,
    SendEmail,
    PauseRepricing,
    ResumeRepricing,
    ApplyStrategy,
    ExportReport,
    CallWebhook,
}

/// <summary>
/// When the rule is considered. <see cref="Event"/> is a live event kind from <see cref="RuleEvents.Triggers"/>;
/// a threshold compares <see cref="Field"/> with <see cref="Value"/>; a schedule runs at <see cref="At"/> (UK time)
/// on <see cref="Days"/> (none: every day).
/// </summary>
public sealed record RuleTrigger(
    TriggerKind Kind,
    string? Event = null,
    RuleField? Field = null,
    RuleOperator? Operator = null,
    string? Value = null,
    TimeOnly? At = null,
    IReadOnlyList<DayOfWeek>? Days = null);

/// <summary>A test over one listing: "margin below 10", "category is Power Tools".</summary>
public sealed record RuleCondition(RuleField Field, RuleOperator Operator, string Value);

/// <summary>
/// What the rule does. Which fields matter depends on <see cref="Kind"/>: <see cref="Text"/> is the alert or
/// mail text, <see cref="StrategyId"/> the strategy to apply, <see cref="Format"/> and <see cref="Days"/> the
/// report export, <see cref="Url"/> the webhook.
/// </summary>
public sealed record RuleAction(
    ActionKind Kind,
    string? Text = null,
    AlertSeverity? Severity = null,
    long? StrategyId = null,
    string? Format = null,
    int? Days = null,
    string? Url = null);

/// <summary>"When X, do Y": a trigger, conditions that must all hold, actions, and a cooldown per SKU.</summary>
public sealed record RuleDefinition(
    string Name,
    bool Enabled,
    RuleTrigger Trigger,
    IReadOnlyList<RuleCondition> Conditions,
    IReadOnlyList<RuleAction> Actions,
    int CooldownMinutes);
