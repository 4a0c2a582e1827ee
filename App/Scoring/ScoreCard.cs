namespace SellerConsole.Scoring;

/// <summary>Ordered from least to most serious so comparisons read naturally.</summary>
public enum Severity
{
    Minor = 1,
    Major = 2,
    Blocking = 3,
}

/// <summary>
/// Weighted parts of the score. <see cref="Overall"/> is not weighted: it only carries
/// score-level adjustments (the blocking cap), so every lost point still has a finding.
/// </summary>
public enum ScoreSection
{
    Content = 1,
    Media = 2,
    SocialProof = 3,
    Competitiveness = 4,
    Overall = 5,
}

/// <summary>
/// One problem found in a listing. Evidence is the offending text or number; Fix says what to do.
/// PointsLost is in score points with one decimal place.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    ScoreSection Section,
    string Message,
    string Evidence,
    string Fix,
    decimal PointsLost);

/// <summary>Weight and Earned are in score points (1 dp); the weights of all sections add up to 100.</summary>
public sealed record SectionScore(ScoreSection Section, decimal Weight, decimal Earned);

/// <summary>
/// The result of scoring one listing. Invariants: 0 &lt;= Score &lt;= 100; the PointsLost of all
/// findings add up to exactly 100 - Score; for each section, the PointsLost of its findings add up to
/// Weight - Earned; Score = sum of Earned minus the blocking cap finding's PointsLost (if any).
/// Findings are ordered "fix first": points lost, then severity.
/// </summary>
public sealed record ScoreCard(
    decimal Score,
    IReadOnlyList<SectionScore> Sections,
    IReadOnlyList<Finding> Findings,
    Benchmark Benchmark);
