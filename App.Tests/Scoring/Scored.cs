using SellerConsole.Scoring;

namespace SellerConsole.Tests.Scoring;

/// <summary>Shorthands for scoring in tests.</summary>
public static class Scored
{
    public static ScoreCard Of(ListingContent listing, IReadOnlyList<PeerListing>? peers = null, ScoringSettings? settings = null) =>
        ListingScorer.Score(listing, peers ?? [], settings ?? ScoringSettings.Default);

    public static bool Has(this ScoreCard card, string ruleId) => card.Findings.Any(f => f.RuleId == ruleId);

    public static Finding Single(this ScoreCard card, string ruleId) => Assert.Single(card.Findings, f => f.RuleId == ruleId);

    public static string Ids(this ScoreCard card) => string.Join(", ", card.Findings.Select(f => $"{f.RuleId}[{f.Evidence}]"));
}
