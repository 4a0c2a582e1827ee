using SellerConsole.Scoring.Text;

namespace SellerConsole.Scoring.Rules;

/// <summary>Description rules: Seller Central help 200390640 and the 2,000-character limit.</summary>
internal static class DescriptionRules
{
    public static void Evaluate(PreparedListing listing, ScoringSettings settings, List<RuleHit> hits)
    {
        var description = listing.Description;
        if (description.IsBlank)
        {
            // A+ content replaces the description on the page, so an empty one only matters without it.
            if (!listing.HasAPlusContent)
            {
                hits.Add(Hit(RuleIds.DescriptionMissing, Severity.Minor, "The listing has no description and no A+ content.",
                    "empty description", "Write a description: uses, specifications, what is in the box."));
            }
            return;
        }

        var length = TextMetrics.CharCount(description.Full);
        if (length > settings.DescriptionMaxChars)
        {
            hits.Add(Hit(RuleIds.DescriptionLength, Severity.Major, $"The description is over the {settings.DescriptionMaxChars}-character limit.",
                $"{length} characters", $"Cut the description to {settings.DescriptionMaxChars} characters or fewer."));
        }

        var tags = HtmlTagScanner.DisallowedTags(description.Head);
        if (tags.Count > 0)
        {
            hits.Add(Hit(RuleIds.DescriptionHtml, Severity.Major, "The description uses HTML other than <br>.",
                Evidence.List(tags), "Remove the HTML tags; use <br> for line breaks only."));
        }

        var contacts = ContactDetector.Find(description.Head);
        if (contacts.Count > 0)
        {
            hits.Add(Hit(RuleIds.DescriptionContact, Severity.Major, "The description contains contact details (e-mail, web address or phone).",
                Evidence.List(contacts), "Remove contact details; buyers contact you through Amazon messaging."));
        }
    }

    private static RuleHit Hit(string id, Severity severity, string message, string evidence, string fix) =>
        new(id, severity, ScoreSection.Content, message, evidence, fix);
}
