using System.Collections.Concurrent;
using SellerConsole.Alerts;
using SellerConsole.Live;
using SellerConsole.Pricing;

namespace SellerConsole.Automation.Actions;

/// <summary>
/// Remembers which rule caused which events, so an event a rule's own action produced carries that rule's id and
/// the rule ignores it (the alert a rule raises is not news to a rule on alert.created; the price change after a
/// rule applied a strategy is not news to a rule on price.changed). Alerts are matched exactly by id; SKU events
/// for as long as the rule's cooldown lasts.
/// </summary>
public sealed class CausationLedger(TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, long> _alerts = new();
    private readonly ConcurrentDictionary<string, (long RuleId, DateTime UntilUtc)> _skus = new(StringComparer.OrdinalIgnoreCase);

    public void AlertRaised(long alertId, long ruleId) => _alerts[alertId] = ruleId;

    public void ActedOn(string sku, long ruleId, DateTime untilUtc) => _skus[sku] = (ruleId, untilUtc);

    public long? CauseOf(LiveEvent liveEvent)
    {
        switch (liveEvent)
        {
            case AlertCreated alert:
                return _alerts.TryGetValue(alert.AlertId, out var rule) ? rule : null;
            case PriceChanged price:
                return _skus.TryGetValue(price.Sku, out var entry) && clock.GetUtcNow().UtcDateTime < entry.UntilUtc ? entry.RuleId : null;
            default:
                return null;
        }
    }
}
