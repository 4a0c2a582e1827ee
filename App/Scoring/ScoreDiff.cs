namespace SellerConsole.Scoring;

/// <summary>
/// What a draft changes against the current card. Findings are matched by rule id, since evidence changes with
/// every keystroke; a rule that stays but changes severity counts as resolved at the old and appearing at the new.
/// </summary>
public sealed record ScoreDiff(decimal Before, decimal After, IReadOnlyList<Finding> Appeared, IReadOnlyList<Finding> Resolved)
{
    public decimal Delta => After - Before;

    public static ScoreDiff Compare(ScoreCard before, ScoreCard after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Findings.Select(Key).ToHashSet();
        var now = after.Findings.Select(Key).ToHashSet();
        return new ScoreDiff(
            before.Score,
            after.Score,
            [.. after.Findings.Where(f => !old.Contains(Key(f)))],
            [.. before.Findings.Where(f => !now.Contains(Key(f)))]);
    }

    private static (string, Severity) Key(Finding finding) => (finding.RuleId, finding.Severity);
}
