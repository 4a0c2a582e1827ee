namespace SellerConsole.Scoring.Data;

/// <summary>A score history point for trends.</summary>
public sealed record ScorePoint(DateTime AtUtc, decimal Score);

/// <summary>One row of the Scoring page.</summary>
public sealed record ScoreRow(
    string Sku, string Asin, string Title, string? Category, decimal Score, Severity? Worst, int FindingCount,
    DateTime ScoredUtc, IReadOnlyList<ScorePoint> Trend);

/// <summary>List filters: a rule id, and a severity meaning "has a finding this serious or worse".</summary>
public sealed record ScoreFilter(string? RuleId = null, Severity? AtLeast = null, string? Search = null);

/// <summary>A stored peer as the listing card shows it next to ours.</summary>
public sealed record PeerView(string Asin, int SalesRank, string? Title, int TitleLength, int BulletCount, int ImageCount, decimal? Rating, int? ReviewCount);

/// <summary>A listing's current score with its card, history and the category's stored peers.</summary>
public sealed record ListingScoreView(
    string Sku, string Title, string? Category, ScoreCard Card, DateTime ScoredUtc, IReadOnlyList<ScorePoint> History,
    IReadOnlyList<PeerView> Peers, DateTime? PeersFetchedUtc, DateTime? PeerRatingsUtc)
{
    public decimal Score => Card.Score;
}
