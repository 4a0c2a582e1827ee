namespace SellerConsole.Automation.Engine;

/// <summary>
/// Something that may make rules fire: a live event, the periodic threshold check or the schedule tick.
/// <see cref="Skus"/> null means the signal is not about listings (a job, an alert); empty means "every listing".
/// <see cref="CausedByRuleId"/> is set when a rule's own action produced the event, so that rule ignores it.
/// </summary>
public sealed record RuleSignal(
    string Kind,
    IReadOnlyCollection<string>? Skus,
    string Summary,
    DateTime AtUtc,
    long? CausedByRuleId = null);
