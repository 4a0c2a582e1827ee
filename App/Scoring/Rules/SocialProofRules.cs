using System.Globalization;

namespace SellerConsole.Scoring.Rules;

/// <summary>Rating and review-count tiers; thresholds come from settings.</summary>
internal static class SocialProofRules
{
    public static void Evaluate(PreparedListing listing, ScoringSettings settings, List<RuleHit> hits)
    {
        var reviews = listing.ReviewCount ?? 0;
        // A rating without reviews is Amazon's placeholder, not a verdict from buyers.
        if (listing.Rating is { } rating && reviews > 0)
        {
            if (rating < settings.RatingMajorBelow)
            {
                hits.Add(Hit(RuleIds.SocialRating, Severity.Major, Invariant($"The rating is below {settings.RatingMajorBelow} stars."),
                    Invariant($"{rating} stars"), "Read the critical reviews, fix the product or listing cause, and answer buyers publicly."));
            }
            else if (rating < settings.RatingMinorBelow)
            {
                hits.Add(Hit(RuleIds.SocialRating, Severity.Minor, Invariant($"The rating is below {settings.RatingMinorBelow} stars."),
                    Invariant($"{rating} stars"), "Check recent critical reviews for a fixable cause (description mismatch, packaging)."));
            }
        }

        // Unknown counts as none (a listing nobody has reviewed and one not yet read look the same), but says so.
        var evidence = listing.ReviewCount is null ? "review count not known (counted as 0)" : $"{reviews} reviews";
        if (reviews < settings.ReviewsMajorBelow)
        {
            hits.Add(Hit(RuleIds.SocialReviews, Severity.Major, $"Fewer than {settings.ReviewsMajorBelow} reviews.",
                evidence, "Enrol in Amazon Vine or use \"Request a Review\" on recent orders."));
        }
        else if (reviews < settings.ReviewsMinorBelow)
        {
            hits.Add(Hit(RuleIds.SocialReviews, Severity.Minor, $"Fewer than {settings.ReviewsMinorBelow} reviews.",
                evidence, "Use \"Request a Review\" on every eligible order."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static RuleHit Hit(string id, Severity severity, string message, string evidence, string fix) =>
        new(id, severity, ScoreSection.SocialProof, message, evidence, fix);
}
