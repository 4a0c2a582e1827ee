using SellerConsole.Scoring.Text;

namespace SellerConsole.Scoring.Rules;

/// <summary>Bullet rules: count, length, and what Amazon removes since its 13 Jul 2024 notice.</summary>
internal static class BulletRules
{
    public static void Evaluate(PreparedListing listing, ScoringSettings settings, List<RuleHit> hits)
    {
        var count = listing.BulletCount;
        if (count < settings.BulletsExpected)
        {
            var severity = count < settings.BulletsMajorBelow ? Severity.Major : Severity.Minor;
            hits.Add(Hit(RuleIds.BulletsCount, severity, $"Sellers get {settings.BulletsExpected} bullet points; this listing uses fewer.",
                $"{count} of {settings.BulletsExpected} bullets", $"Write {settings.BulletsExpected - count} more bullet(s): one benefit or spec each."));
        }

        var tooLong = new List<string>();
        var overRecommended = new List<string>();
        foreach (var bullet in listing.Bullets)
        {
            var length = TextMetrics.CharCount(bullet.Text.Full);
            if (length > settings.BulletMaxChars)
            {
                tooLong.Add($"bullet {bullet.Number}: {length} characters");
            }
            else if (length > settings.BulletRecommendedChars)
            {
                overRecommended.Add($"bullet {bullet.Number}: {length} characters");
            }
        }
        AddIf(hits, tooLong, RuleIds.BulletsLength, Severity.Major, $"Bullets over the {settings.BulletMaxChars}-character limit are rejected or cut.",
            $"Shorten each bullet to {settings.BulletMaxChars} characters or fewer; move detail to the description.");
        AddIf(hits, overRecommended, RuleIds.BulletsLengthRecommended, Severity.Minor, $"Bullets over about {settings.BulletRecommendedChars} characters are rarely read in full.",
            $"Aim for {settings.BulletRecommendedChars} characters or fewer per bullet.");

        AddIf(hits, PerBullet(listing, t => CharClasses.FindAny(t.Head, CharClasses.BannedBulletSymbols)), RuleIds.BulletsBannedSymbols, Severity.Major,
            "Bullets contain symbols Amazon bans (™ ® € … † ‡ ¢ £ ¥ © ±).", "Remove the symbols; write \"GBP\" or \"pounds\" instead of a currency sign.");
        AddIf(hits, PerBullet(listing, t => CharClasses.FindEmoji(t.Head)), RuleIds.BulletsEmoji, Severity.Major,
            "Bullets contain emoji, which Amazon removes.", "Remove the emoji from the bullets.");
        AddIf(hits, PerBullet(listing, t => ContactDetector.Find(t.Head)), RuleIds.BulletsContact, Severity.Major,
            "Bullets contain contact details (e-mail, web address or phone).", "Remove contact details; buyers contact you through Amazon messaging.");
        AddIf(hits, PerBullet(listing, t => WordLists.Guarantee.Matches(t.Lower)), RuleIds.BulletsGuarantee, Severity.Major,
            "Bullets make guarantee claims, which Amazon bans.", "Remove guarantee claims; state the manufacturer's warranty terms plainly if there is one.");
        AddIf(hits, PerBullet(listing, Placeholders), RuleIds.BulletsPlaceholder, Severity.Major,
            "Bullets contain placeholders such as N/A or TBD.", "Replace the placeholder with real information or delete the bullet.");
        AddIf(hits, PerBullet(listing, t => HtmlTagScanner.DisallowedTags(t.Head)), RuleIds.BulletsHtml, Severity.Minor,
            "Bullets contain HTML tags, which show as raw text.", "Remove the HTML tags from the bullets.");
    }

    /// <summary>"bullet 2: x, y" for each bullet where the finder finds something.</summary>
    private static List<string> PerBullet(PreparedListing listing, Func<FieldText, List<string>> finder)
    {
        var lines = new List<string>();
        foreach (var bullet in listing.Bullets)
        {
            var found = finder(bullet.Text);
            if (found.Count > 0)
            {
                lines.Add($"bullet {bullet.Number}: {Evidence.List(found, 5)}");
            }
        }
        return lines;
    }

    private static List<string> Placeholders(FieldText text)
    {
        var found = new List<string>();
        if (ContainsNa(text.Head))
        {
            found.Add("N/A");
        }
        found.AddRange(text.Lower.Where(WordLists.PlaceholderWords.Contains).Select(w => w.ToUpperInvariant()).Distinct());
        return found;
    }

    /// <summary>"N/A" as a word of its own (not inside "N/A-rated" style compounds of letters).</summary>
    private static bool ContainsNa(string text)
    {
        var i = text.IndexOf("n/a", StringComparison.OrdinalIgnoreCase);
        while (i >= 0)
        {
            var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var after = i + 3 >= text.Length || !char.IsLetterOrDigit(text[i + 3]);
            if (before && after)
            {
                return true;
            }
            i = text.IndexOf("n/a", i + 1, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private static void AddIf(List<RuleHit> hits, List<string> evidence, string id, Severity severity, string message, string fix)
    {
        if (evidence.Count > 0)
        {
            hits.Add(Hit(id, severity, message, string.Join("; ", evidence), fix));
        }
    }

    private static RuleHit Hit(string id, Severity severity, string message, string evidence, string fix) =>
        new(id, severity, ScoreSection.Content, message, evidence, fix);
}
