using SellerConsole.Automation.Engine;

namespace SellerConsole.Automation.Actions;

/// <summary>What a firing hands its actions: the rule, the signal and the SKUs it fired for (none when it is not about listings).</summary>
public sealed record FiringContext(long RuleId, string RuleName, RuleSignal Signal, IReadOnlyList<Verdict> Firing, DateTime AtUtc)
{
    public IReadOnlyList<string> Skus => Firing.Where(v => v.Sku is not null).Select(v => v.Sku!).ToList();

    public string Actor => $"rule:{RuleName}";

    public string Headline => Skus.Count == 0
        ? $"Rule '{RuleName}' fired: {Signal.Summary}"
        : $"Rule '{RuleName}' fired for {Skus.Count} SKU(s)";

    public IEnumerable<string> Lines => Firing.Select(v => v.Sku is null ? v.Because : $"{v.Sku}: {v.Because}");
}
