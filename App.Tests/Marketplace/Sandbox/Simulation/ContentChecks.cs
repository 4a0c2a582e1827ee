using System.Text;
using System.Text.RegularExpressions;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

/// <summary>
/// Independent re-statements of the listing rules (domain-facts D), used to check the generator's
/// published defect flags rather than trusting them.
/// </summary>
internal static partial class ContentChecks
{
    private static readonly string[] Stop = ["a", "an", "the", "and", "or", "nor", "but", "for", "with", "without", "of", "in", "on", "to", "by", "from", "at", "as", "into", "per", "x", "up", "over", "under"];
    private static readonly string[] Promo = ["best seller", "bestseller", "best selling", "free delivery", "free shipping", "top quality", "special offer", "limited stock", "limited offer", "cheapest", "on sale", "sale", "100% satisfaction", "guaranteed", "hot deal"];

    public static int Chars(string s) => s.EnumerateRunes().Count();

    public static bool RepeatsWords(string title) =>
        Word().Matches(title.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => !Stop.Contains(w) && !w.Any(char.IsDigit))
            .CountBy(w => w).Any(g => g.Value > 2);

    public static bool HasBannedCharacter(string title) => title.Any(c => "!$?_{}^¬¦".Contains(c));

    public static bool HasShoutedWord(string title) => Word().Matches(title).Any(m => m.Value.Length >= 4 && m.Value.All(c => c is >= 'A' and <= 'Z'));

    public static bool IsPromotional(string text) => Promo.Any(p => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(p)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase));

    public static bool HasEmoji(string text) =>
        text.EnumerateRunes().Any(r => r.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or >= 0x2B00 and <= 0x2BFF);

    public static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    public static bool HasHtmlOtherThanBreaks(string text) =>
        Regex.Matches(text, @"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)[^>]*>").Any(m => !m.Groups[1].Value.Equals("br", StringComparison.OrdinalIgnoreCase));

    public static bool ValidEan13(string ean)
    {
        if (ean.Length != 13 || !ean.All(char.IsAsciiDigit)) return false;
        var weighted = ean.Take(12).Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return (10 - weighted % 10) % 10 == ean[12] - '0';
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
