namespace SellerConsole.Scoring;

/// <summary>
/// What a draft changes against the current card, in three disjoint lists of findings: Resolved (from the current
/// card, gone from the draft), Appeared (new in the draft, or worse than before) and Remaining (in the draft and
/// already there before, so "still to fix" never repeats what Appeared shows). Findings are matched by rule, not
/// evidence, since evidence changes with every keystroke; a finding that grows more severe counts as appeared. A title
/// past Amazon's limit replaces the mobile-length finding of the same family, which is then made worse, not resolved.
/// </summary>
public sealed record ScoreDiff(
    decimal Before,
    decimal After,
    IReadOnlyList<Finding> Appeared,
    IReadOnlyList<Finding> Resolved,
    IReadOnlyList<Finding> Remaining)
{
    public static ScoreDiff None { get; } = new(0m, 0m, [], [], []);

    public decimal Delta => After - Before;

    public static ScoreDiff Compare(ScoreCard before, ScoreCard after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = WorstByRule(before.Findings);
        var now = WorstByRule(after.Findings);
        bool IsNew(Finding f) => !old.TryGetValue(f.RuleId, out var was) || f.Severity > was;
        var appeared = after.Findings.Where(IsNew).ToList();
        return new ScoreDiff(
            before.Score,
            after.Score,
            appeared,
            [.. before.Findings.Where(f => !now.ContainsKey(f.RuleId) && !appeared.Any(a => Replaces(a, f)))],
            [.. after.Findings.Where(f => !IsNew(f))]);
    }

    /// <summary>A worse finding of the same family that appeared in the draft takes the place of the old one.</summary>
    private static bool Replaces(Finding appeared, Finding old) =>
        RuleIds.Family(appeared.RuleId) == RuleIds.Family(old.RuleId) && appeared.Severity > old.Severity;

    private static Dictionary<string, Severity> WorstByRule(IEnumerable<Finding> findings) =>
        findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(f => f.Severity), StringComparer.Ordinal);
}
