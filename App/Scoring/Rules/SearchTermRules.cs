using SellerConsole.Scoring.Text;

namespace SellerConsole.Scoring.Rules;

/// <summary>Search-term (generic_keyword) rules: Seller Central help 23501 and the 250-byte limit.</summary>
internal static class SearchTermRules
{
    public static void Evaluate(PreparedListing listing, ScoringSettings settings, List<RuleHit> hits)
    {
        var terms = listing.SearchTerms;
        if (terms.IsBlank)
        {
            hits.Add(Hit(RuleIds.SearchTermsMissing, Severity.Minor, "The listing has no backend search terms.",
                "empty search terms", "Add synonyms, spelling variants and uses that are not already in the title."));
            return;
        }

        var bytes = TextMetrics.SearchTermBytes(terms.Full);
        if (bytes >= settings.SearchTermsByteLimit)
        {
            hits.Add(Hit(RuleIds.SearchTermsBytes, Severity.Major,
                $"Search terms must stay under {settings.SearchTermsByteLimit} bytes or Amazon ignores all of them.",
                $"{bytes} bytes (spaces and punctuation not counted)",
                $"Cut to {settings.SearchTermsByteLimit - 1} bytes or fewer; drop repeats and title words first. £ counts 2 bytes, € 3."));
        }

        var brand = BrandMentions(terms.Lower, listing.Brand.Lower);
        if (brand.Count > 0)
        {
            hits.Add(Hit(RuleIds.SearchTermsBrand, Severity.Major, "Search terms contain a brand name (your own counts too).",
                Evidence.List(brand), "Remove brand names from the search terms."));
        }

        var asins = terms.Lower.Where(IsAsinLike).Select(w => w.ToUpperInvariant()).Distinct().ToList();
        if (asins.Count > 0)
        {
            hits.Add(Hit(RuleIds.SearchTermsAsin, Severity.Major, "Search terms contain ASINs or ISBN-like codes.",
                Evidence.List(asins), "Remove ASINs and product codes from the search terms."));
        }

        var titleWords = new HashSet<string>(listing.Title.Lower, StringComparer.Ordinal);
        var repeats = terms.Lower
            .Where(w => w.Length > 1 && !WordLists.ArticlesPrepositionsConjunctions.Contains(w) && titleWords.Contains(w))
            .Distinct()
            .ToList();
        if (repeats.Count > 0)
        {
            hits.Add(Hit(RuleIds.SearchTermsTitleWords, Severity.Minor, "Search terms repeat words already in the title, wasting bytes.",
                Evidence.List(repeats, 15), "Replace title words with synonyms, misspellings and use cases."));
        }

        var temporary = WordLists.TemporarySubjective.Matches(terms.Lower);
        if (temporary.Count > 0)
        {
            hits.Add(Hit(RuleIds.SearchTermsTemporarySubjective, Severity.Major, "Search terms contain temporary or subjective words.",
                Evidence.List(temporary), "Remove words like new, best, cheapest, on sale, now."));
        }
    }

    /// <summary>The brand as a word sequence ("black decker") or run together ("blackdecker").</summary>
    private static List<string> BrandMentions(IReadOnlyList<string> termsLower, IReadOnlyList<string> brandLower)
    {
        var found = new List<string>();
        if (brandLower.Count == 0)
        {
            return found;
        }
        var phrase = string.Join(" ", brandLower);
        var joined = string.Concat(brandLower);
        if (joined.Length >= 2 && new PhraseList([phrase]).Matches(termsLower).Count > 0)
        {
            found.Add(phrase);
        }
        if (brandLower.Count > 1 && joined.Length >= 3 && termsLower.Contains(joined))
        {
            found.Add(joined);
        }
        return found;
    }

    /// <summary>An ASIN ("B0" + 8 letters or digits) or an ISBN-10 shape (9 digits + digit or X).</summary>
    internal static bool IsAsinLike(string lowerWord)
    {
        if (lowerWord.Length != 10)
        {
            return false;
        }
        if (lowerWord.StartsWith("b0", StringComparison.Ordinal))
        {
            return lowerWord.All(char.IsAsciiLetterOrDigit);
        }
        return lowerWord[..9].All(char.IsAsciiDigit) && (char.IsAsciiDigit(lowerWord[9]) || lowerWord[9] == 'x');
    }

    private static RuleHit Hit(string id, Severity severity, string message, string evidence, string fix) =>
        new(id, severity, ScoreSection.Content, message, evidence, fix);
}
