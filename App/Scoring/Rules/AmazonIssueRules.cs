using SellerConsole.Scoring.Text;

namespace SellerConsole.Scoring.Rules;

/// <summary>
/// Amazon's own verdicts from the Listings Items API. An issue that suppresses the listing or hides it
/// from search (or removes the catalogue item) is Blocking; other ERRORs are Major, WARNINGs Minor;
/// INFO is ignored. One finding per distinct issue, so three errors cost more than one.
/// </summary>
internal static class AmazonIssueRules
{
    /// <summary>Enough to show what is wrong; the section cap makes more findings worthless anyway.</summary>
    private const int MaxFindingsPerRule = 20;

    private static readonly string[] BlockingEnforcements = ["LISTING_SUPPRESSED", "SEARCH_SUPPRESSED", "CATALOG_ITEM_REMOVED"];

    public static void Evaluate(PreparedListing listing, List<RuleHit> hits)
    {
        var seen = new HashSet<(string, string)>();
        var perRule = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var issue in listing.Issues)
        {
            var (id, severity) = Classify(issue);
            if (id is null)
            {
                continue;
            }
            var evidence = $"{Evidence.Clean(issue.Code, 30)}: {Evidence.Clean(issue.Message, 120)}";
            perRule.TryGetValue(id, out var count);
            if (count >= MaxFindingsPerRule || !seen.Add((id, evidence)))
            {
                continue;
            }
            perRule[id] = count + 1;
            var enforcement = string.Join(", ", (issue.Enforcements ?? []).Where(IsBlocking).Select(e => e!.Trim().ToUpperInvariant()).Distinct());
            var message = severity == Severity.Blocking
                ? $"Amazon reports an issue that hides this listing ({enforcement})."
                : $"Amazon reports an {(severity == Severity.Major ? "error" : "warning")} on this listing.";
            hits.Add(new RuleHit(id, severity, ScoreSection.Content, message, evidence,
                "Fix the attribute named in Amazon's message and resubmit; the issue clears on Amazon's next check."));
        }
    }

    private static (string? Id, Severity Severity) Classify(AmazonListingIssue issue)
    {
        if ((issue.Enforcements ?? []).Any(IsBlocking))
        {
            return (RuleIds.AmazonIssueSuppressed, Severity.Blocking);
        }
        var severity = (issue.Severity ?? string.Empty).AsSpan().Trim();
        if (severity.Equals("ERROR", StringComparison.OrdinalIgnoreCase))
        {
            return (RuleIds.AmazonIssueError, Severity.Major);
        }
        if (severity.Equals("WARNING", StringComparison.OrdinalIgnoreCase))
        {
            return (RuleIds.AmazonIssueWarning, Severity.Minor);
        }
        return (null, Severity.Minor);
    }

    private static bool IsBlocking(string? enforcement) =>
        enforcement is not null && BlockingEnforcements.Any(b => enforcement.AsSpan().Trim().Equals(b, StringComparison.OrdinalIgnoreCase));
}
