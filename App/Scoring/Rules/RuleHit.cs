namespace SellerConsole.Scoring.Rules;

/// <summary>A rule's verdict before points are allocated; becomes a <see cref="Finding"/>.</summary>
internal sealed record RuleHit(
    string RuleId,
    Severity Severity,
    ScoreSection Section,
    string Message,
    string Evidence,
    string Fix);
