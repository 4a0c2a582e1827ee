using System.Text;
using System.Text.RegularExpressions;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>
/// Measures which <see cref="ContentDefect"/>s a piece of content actually has, so the flags the
/// generator publishes are observed facts rather than intentions. Lengths count Unicode scalar
/// values; repeated-word counting ignores function words and tokens containing digits ("40mm").
/// </summary>
internal static partial class ContentInspector
{
    public const string BannedTitleCharacters = "!$?_{}^¬¦";

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "but", "for", "with", "without", "of", "in", "on", "to", "by",
        "from", "at", "as", "into", "per", "x", "up", "over", "under",
    };

    private static readonly string[] PromotionalPhrases =
    [
        "best seller", "bestseller", "best selling", "free delivery", "free shipping", "top quality", "special offer",
        "limited stock", "limited offer", "cheapest", "on sale", "sale", "100% satisfaction", "guaranteed", "hot deal",
    ];

    public static ContentDefect Inspect(ListingContent c, string brand)
    {
        var d = ContentDefect.None;
        var titleLength = Length(c.Title);
        if (titleLength > 80) d |= ContentDefect.TitleOver80;
        if (titleLength > 200) d |= ContentDefect.TitleOver200;
        if (HasRepeatedWords(c.Title)) d |= ContentDefect.RepeatedTitleWords;
        if (c.Title.IndexOfAny(BannedTitleCharacters.ToCharArray()) >= 0) d |= ContentDefect.BannedTitleCharacters;
        if (HasAllCapsWord(c.Title)) d |= ContentDefect.AllCapsWords;
        if (IsPromotional(c.Title) || c.Bullets.Any(IsPromotional)) d |= ContentDefect.PromotionalPhrases;
        if (c.Bullets.Count < 5) d |= ContentDefect.FewerThanFiveBullets;
        if (c.Bullets.Any(b => Length(b) > 500)) d |= ContentDefect.OverlongBullets;
        if (HasEmoji(c.Title) || c.Bullets.Any(HasEmoji)) d |= ContentDefect.Emojis;
        if (Encoding.UTF8.GetByteCount(c.SearchTerms) > 250) d |= ContentDefect.SearchTermsOver250Bytes;
        if (MentionsBrand(c.SearchTerms, brand)) d |= ContentDefect.SearchTermsContainBrand;
        if (HasHtmlBeyondBreaks(c.Description)) d |= ContentDefect.DescriptionHtml;
        if (c.Images.Count < 4) d |= ContentDefect.FewImages;
        if (c.Images.Count > 0 && Math.Max(c.Images[0].WidthPx, c.Images[0].HeightPx) < 1000) d |= ContentDefect.MainImageUnder1000Px;
        if (c.Images.Count > 0 && !string.Equals(c.Images[0].BackgroundHex, "#FFFFFF", StringComparison.OrdinalIgnoreCase))
        {
            d |= ContentDefect.MainImageNotWhite;
        }
        return d;
    }

    public static int Length(string s) => s.EnumerateRunes().Count();

    public static IEnumerable<string> Words(string s) =>
        WordPattern().Matches(s).Select(m => m.Value);

    public static bool HasRepeatedWords(string title) =>
        Words(title)
            .Select(w => w.ToLowerInvariant())
            .Where(w => !FunctionWords.Contains(w) && !w.Any(char.IsDigit))
            .GroupBy(w => w)
            .Any(g => g.Count() > 2);

    public static bool HasAllCapsWord(string s) =>
        Words(s).Any(w => w.Length >= 4 && w.All(ch => ch is >= 'A' and <= 'Z'));

    public static bool IsPromotional(string s)
    {
        var lower = s.ToLowerInvariant();
        foreach (var p in PromotionalPhrases)
        {
            var i = lower.IndexOf(p, StringComparison.Ordinal);
            while (i >= 0)
            {
                var before = i == 0 || !char.IsLetterOrDigit(lower[i - 1]);
                var end = i + p.Length;
                var after = end >= lower.Length || !char.IsLetterOrDigit(lower[end]);
                if (before && after) return true;
                i = lower.IndexOf(p, i + 1, StringComparison.Ordinal);
            }
        }
        return false;
    }

    public static bool HasEmoji(string s) =>
        s.EnumerateRunes().Any(r => r.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or >= 0x2B00 and <= 0x2BFF);

    public static bool MentionsBrand(string text, string brand)
    {
        if (text.Contains(brand, StringComparison.OrdinalIgnoreCase)) return true;
        var first = brand.Split(' ')[0];
        return first.Length >= 4 && Words(text).Any(w => string.Equals(w, first, StringComparison.OrdinalIgnoreCase));
    }

    public static bool HasHtmlBeyondBreaks(string s) =>
        TagPattern().Matches(s).Any(m => !string.Equals(m.Groups[1].Value, "br", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)[^>]*>")]
    private static partial Regex TagPattern();
}
