using System.Runtime.CompilerServices;
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

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "nor", "but", "for", "with", "without", "of", "in", "on", "to", "by",
        "from", "at", "as", "into", "per", "x", "up", "over", "under",
    };

    private static readonly string[] PromotionalPhrases =
    [
        "best seller", "bestseller", "best selling", "free delivery", "free shipping", "top quality", "special offer",
        "limited stock", "limited offer", "cheapest", "on sale", "sale", "100% satisfaction", "guaranteed", "hot deal",
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Length(string s)
    {
        var n = s.Length;
        foreach (var c in s) if (char.IsLowSurrogate(c)) n--;
        return n;
    }

    public static IEnumerable<string> Words(string s) =>
        WordPattern().Matches(s).Select(m => m.Value);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool HasRepeatedWords(string title)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var range in Tokens(title))
        {
            var word = title[range];
            if (FunctionWords.Contains(word) || word.AsSpan().IndexOfAnyInRange('0', '9') >= 0) continue;
            var n = counts.GetValueOrDefault(word) + 1;
            if (n > 2) return true;
            counts[word] = n;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool HasAllCapsWord(string s)
    {
        foreach (var range in Tokens(s))
        {
            var word = s.AsSpan()[range];
            if (word.Length >= 4 && !word.ContainsAnyExceptInRange('A', 'Z')) return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsPromotional(string s)
    {
        foreach (var p in PromotionalPhrases)
        {
            var i = s.IndexOf(p, StringComparison.OrdinalIgnoreCase);
            while (i >= 0)
            {
                var before = i == 0 || !char.IsLetterOrDigit(s[i - 1]);
                var end = i + p.Length;
                var after = end >= s.Length || !char.IsLetterOrDigit(s[end]);
                if (before && after) return true;
                i = s.IndexOf(p, i + 1, StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }

    /// <summary>Runs of letters and digits (the same notion of a word as the rules use).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Range> Tokens(string s)
    {
        var tokens = new List<Range>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var inWord = i < s.Length && char.IsLetterOrDigit(s[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                tokens.Add(start..i);
                start = -1;
            }
        }
        return tokens;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool HasEmoji(string s) =>
        s.EnumerateRunes().Any(r => r.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or >= 0x2B00 and <= 0x2BFF);

    public static bool MentionsBrand(string text, string brand)
    {
        if (text.Contains(brand, StringComparison.OrdinalIgnoreCase)) return true;
        var first = brand.Split(' ')[0];
        return first.Length >= 4 && Tokens(text).Any(r => text.AsSpan()[r].Equals(first, StringComparison.OrdinalIgnoreCase));
    }

    public static bool HasHtmlBeyondBreaks(string s) =>
        TagPattern().Matches(s).Any(m => !string.Equals(m.Groups[1].Value, "br", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)[^>]*>")]
    private static partial Regex TagPattern();
}
