using SellerConsole.Live;

namespace SellerConsole.Automation;

/// <summary>A rule fired: pages showing rules refresh, and the owner sees it happen.</summary>
public sealed record RuleTriggered(long RuleId, string RuleName, long FiringId, int SkuCount, string Summary, bool Succeeded) : LiveEvent
{
    public override string Kind => "rule.triggered";
}
