namespace SellerConsole.Scoring;

/// <summary>
/// How a finding's points read on a page. A finding can cost nothing because an earlier, worse finding already
/// emptied its section (a suppressed listing loses all its Content points to Amazon's issue); "0.0 pts" beside
/// it reads as "harmless", so the label says why instead.
/// </summary>
public static class FindingPoints
{
    public static string Label(Finding finding, ScoreCard card)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(card);
        if (finding.PointsLost > 0)
        {
            return $"{finding.PointsLost:0.0} pts";
        }
        var section = card.Sections.FirstOrDefault(s => s.Section == finding.Section);
        return section is { Earned: 0m }
            ? $"no points now: {Name(finding.Section)} is already at 0"
            : "no points at the current penalties";
    }

    public static string Name(ScoreSection section) => section switch
    {
        ScoreSection.SocialProof => "Social proof",
        _ => section.ToString(),
    };
}
