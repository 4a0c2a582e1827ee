using System.Text;
using SellerConsole.Scoring.Text;

namespace SellerConsole.Scoring.Rules;

/// <summary>UK title rules: Seller Central help 201100890, the 2025 repeated-word rule, mobile length.</summary>
internal static class TitleRules
{
    public static void Evaluate(PreparedListing listing, ScoringSettings settings, List<RuleHit> hits)
    {
        var title = listing.Title;
        if (title.Words.Count == 0)
        {
            // An emoji-only or punctuation-only title identifies nothing, so it counts as missing.
            var evidence = title.IsBlank ? "empty title" : $"no letters or digits in \"{Evidence.Clean(title.Head, 40)}\"";
            hits.Add(Hit(RuleIds.TitleMissing, Severity.Blocking, "The listing has no usable title.", evidence,
                "Write a title: brand, product type, key feature, size or quantity."));
        }

        var length = listing.TitleLength;
        if (length > settings.TitleMaxChars)
        {
            hits.Add(Hit(RuleIds.TitleLengthMax, Severity.Major, $"The title is over Amazon's {settings.TitleMaxChars}-character limit.",
                $"{length} characters", $"Cut the title to {settings.TitleMaxChars} characters or fewer; drop filler and repeated words."));
        }
        else if (length > settings.TitleMobileChars)
        {
            hits.Add(Hit(RuleIds.TitleLengthMobile, Severity.Minor, $"Mobile search shows about {settings.TitleMobileChars} characters of a title.",
                $"{length} characters", $"Put brand, product type and the key feature in the first {settings.TitleMobileChars} characters."));
        }

        var banned = CharClasses.FindAny(title.Head, CharClasses.BannedTitleChars);
        if (banned.Count > 0)
        {
            hits.Add(Hit(RuleIds.TitleBannedChars, Severity.Major, "The title contains characters Amazon bans in titles.",
                string.Join(" ", banned), $"Remove {string.Join(" ", banned)} from the title."));
        }

        var emoji = CharClasses.FindEmoji(title.Head);
        if (emoji.Count > 0)
        {
            hits.Add(Hit(RuleIds.TitleEmoji, Severity.Major, "The title contains emoji, which the style guide forbids.",
                string.Join(" ", emoji), "Remove the emoji from the title."));
        }

        var repeated = RepeatedWords(title.Lower);
        if (repeated.Count > 0)
        {
            hits.Add(Hit(RuleIds.TitleRepeatedWord, Severity.Major, "A word appears more than twice in the title.",
                Evidence.List(repeated), "Use each word at most twice (articles, prepositions and conjunctions excepted)."));
        }

        var shouted = ShoutedWords(title.Words, listing.Brand.Lower);
        if (shouted.Count > 0)
        {
            hits.Add(Hit(RuleIds.TitleAllCaps, Severity.Minor, "The title has words in ALL CAPS.",
                Evidence.List(shouted), "Write these words in title case; keep capitals for acronyms and units."));
        }

        var promotional = WordLists.Promotional.Matches(title.Lower);
        if (promotional.Count > 0)
        {
            hits.Add(Hit(RuleIds.TitlePromotional, Severity.Major, "The title makes promotional claims.",
                Evidence.List(promotional), "Remove sales and promotional phrases from the title."));
        }
    }

    /// <summary>
    /// Words used more than twice, in order of first use, as "drill ×3". Numbers and single letters are
    /// not words here: "10 x 10 x 10 cm" is a size, not repetition.
    /// </summary>
    internal static List<string> RepeatedWords(IReadOnlyList<string> lowerWords)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var word in lowerWords)
        {
            if (word.Length < 2 || Tokenizer.IsNumber(word) || WordLists.ArticlesPrepositionsConjunctions.Contains(word))
            {
                continue;
            }
            counts.TryGetValue(word, out var n);
            if (n == 0)
            {
                order.Add(word);
            }
            counts[word] = n + 1;
        }
        return order.Where(w => counts[w] > 2).Select(w => $"{w} ×{counts[w]}").ToList();
    }

    /// <summary>
    /// ALL CAPS rule: a word shouts when it has at least four upper-case letters, no lower-case letters and
    /// no digits, and is neither a known trade acronym nor part of the brand. So "LED", "SDS", "UK", "18V",
    /// "M10", "HEPA" and "DEWALT" (when that is the brand) pass; "POWERFUL" and "DRILL" do not.
    /// </summary>
    internal static List<string> ShoutedWords(IReadOnlyList<string> words, IReadOnlyList<string> brandLower)
    {
        var shouted = new List<string>();
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (IsShouting(word) && !WordLists.Acronyms.Contains(lower) && !brandLower.Contains(lower) && !shouted.Contains(word))
            {
                shouted.Add(word);
            }
        }
        return shouted;
    }

    private static bool IsShouting(string word)
    {
        var upper = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            if (Rune.IsDigit(rune) || Rune.IsLower(rune))
            {
                return false;
            }
            if (Rune.IsUpper(rune))
            {
                upper++;
            }
        }
        return upper >= 4;
    }

    private static RuleHit Hit(string id, Severity severity, string message, string evidence, string fix) =>
        new(id, severity, ScoreSection.Content, message, evidence, fix);
}
