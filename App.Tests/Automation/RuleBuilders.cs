using SellerConsole.Automation.Engine;

namespace SellerConsole.Tests.Automation;

/// <summary>Test data for rules: a listing with sensible defaults and rules in one line.</summary>
internal static class RuleBuilders
{
    public static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    public static SkuFacts Listing(string sku, decimal? margin = 0.20m, decimal? score = 80m, decimal? price = 12.99m, string? category = "Power Tools",
        bool? buyBox = true, int stock = 10, string fulfilment = "FBM", string? brand = "Acme") =>
        new(sku, $"Title of {sku}", category, brand, fulfilment, "Active", price, margin, score, buyBox, stock);

    public static RuleDefinition Threshold(RuleField field, RuleOperator op, string value, int cooldown = 60, params RuleCondition[] conditions) =>
        new("Threshold rule", true, new RuleTrigger(TriggerKind.Threshold, Field: field, Operator: op, Value: value), conditions,
            [new RuleAction(ActionKind.RaiseAlert)], cooldown);

    public static RuleDefinition OnEvent(string kind, int cooldown = 60, params RuleCondition[] conditions) =>
        new("Event rule", true, new RuleTrigger(TriggerKind.Event, Event: kind), conditions, [new RuleAction(ActionKind.RaiseAlert)], cooldown);

    public static RuleSignal Check() => new(RuleEvents.Check, [], "periodic threshold check", Now);

    public static RuleSignal Event(string kind, IReadOnlyCollection<string>? skus, long? causedBy = null) => new(kind, skus, $"{kind} happened", Now, causedBy);

    public static readonly IReadOnlyDictionary<string, DateTime> NeverFired = new Dictionary<string, DateTime>();
}
