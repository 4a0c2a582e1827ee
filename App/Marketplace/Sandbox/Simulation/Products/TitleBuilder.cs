using System.Runtime.CompilerServices;
using System.Text;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>
/// Builds a title in the planned length class (up to 80, 81-200, over 200 characters) and then
/// injects the planned title defects. If an unplanned defect slips in, it falls back to the plain
/// "Brand + short name" title, which is clean by construction.
/// </summary>
internal static class TitleBuilder
{
    private static readonly string[] Shouts = ["HEAVY DUTY", "EXTRA STRONG", "TRADE QUALITY", "PROFESSIONAL GRADE"];
    private static readonly string[] Promos = ["Best Seller", "Free Delivery", "Top Quality", "Special Offer", "Cheapest on Amazon", "100% Satisfaction Guaranteed"];
    private static readonly string[] Emojis = ["🔩", "🔨", "✅", "⭐", "🛠️", "👍"];

    private const ContentDefect TitleDefects = ContentDefect.TitleOver80 | ContentDefect.TitleOver200 |
        ContentDefect.RepeatedTitleWords | ContentDefect.BannedTitleCharacters | ContentDefect.AllCapsWords;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Build(ProductSpec p, string brand, ContentDefect plan, bool promoInTitle, bool emojiInTitle, DetRandom r)
    {
        var title = Compose(p, brand, plan, promoInTitle, emojiInTitle, r);
        var probe = new ListingContent(title, [], "", "", [], false, ContentDefect.None);
        var found = ContentInspector.Inspect(probe, brand) & TitleDefects;
        // Length follows from what was injected and is measured, not promised; other defects must be planned.
        var unplanned = found & ~plan & ~(ContentDefect.TitleOver80 | ContentDefect.TitleOver200);
        var cleanKept = plan != ContentDefect.None || found == ContentDefect.None;
        return unplanned == ContentDefect.None && cleanKept ? title : Fit($"{brand} {p.ShortName}", 80);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Compose(ProductSpec p, string brand, ContentDefect plan, bool promo, bool emoji, DetRandom r)
    {
        var name = plan.HasFlag(ContentDefect.AllCapsWords) ? $"{r.Pick(Shouts)} {p.FullName}" : p.FullName;
        var sb = new StringBuilder();
        if (plan.HasFlag(ContentDefect.TitleOver200))
        {
            sb.Append(brand).Append(' ').Append(name);
            foreach (var q in p.Qualifiers) sb.Append(", ").Append(q);
            var extra = 0;
            while (ContentInspector.Length(sb.ToString()) <= 215)
            {
                var use = p.Uses[extra % p.Uses.Count];
                sb.Append(extra % 2 == 0 ? " - Ideal for " : ", Suitable for ").Append(Capitalise(use));
                if (extra > 1) sb.Append(" and ").Append(Capitalise(p.Keywords[extra % p.Keywords.Count]));
                extra++;
            }
        }
        else if (plan.HasFlag(ContentDefect.TitleOver80))
        {
            sb.Append(brand).Append(' ').Append(name);
            var i = 0;
            while (ContentInspector.Length(sb.ToString()) <= 95 && i < p.Qualifiers.Count) sb.Append(", ").Append(p.Qualifiers[i++]);
            if (ContentInspector.Length(sb.ToString()) <= 80) sb.Append(" - ").Append(Capitalise(p.Uses[0]));
            return Inject(Fit(sb.ToString(), 170), p, plan, promo, emoji, r);
        }
        else
        {
            var shortName = plan.HasFlag(ContentDefect.AllCapsWords) ? $"{r.Pick(Shouts)} {p.ShortName}" : p.ShortName;
            var injects = (plan & TitleDefects) != ContentDefect.None || promo || emoji;
            return Inject(Fit($"{brand} {shortName}", injects ? 60 : 80), p, plan, promo, emoji, r);
        }
        return Inject(sb.ToString(), p, plan, promo, emoji, r);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Inject(string title, ProductSpec p, ContentDefect plan, bool promo, bool emoji, DetRandom r)
    {
        if (plan.HasFlag(ContentDefect.RepeatedTitleWords))
        {
            var head = p.Noun.Split(' ')[^1];
            var count = ContentInspector.Words(title).Count(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase));
            title += count >= 1 ? $" {head}, {head} Set" : $" {head}, {head} Set, {head} Kit";
        }
        if (plan.HasFlag(ContentDefect.BannedTitleCharacters))
        {
            title = r.Next(4) switch
            {
                0 => title + "!",
                1 => title.Replace(", ", " ¦ ", StringComparison.Ordinal) + " ¦",
                2 => title + " {" + p.Noun + "}",
                _ => "^" + ReplaceFirst(title, ", ", "_ "),
            };
        }
        if (promo) title += " - " + r.Pick(Promos);
        if (emoji) title = r.Pick(Emojis) + " " + title;
        return title;
    }

    /// <summary>Drops trailing comma-separated parts, then words, until the title fits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Fit(string title, int max)
    {
        while (ContentInspector.Length(title) > max)
        {
            var cut = title.LastIndexOf(", ", StringComparison.Ordinal);
            if (cut < 0) cut = title.LastIndexOf(' ');
            if (cut <= 0) return title[..max];
            title = title[..cut];
        }
        return title;
    }

    private static string ReplaceFirst(string s, string find, string with)
    {
        var i = s.IndexOf(find, StringComparison.Ordinal);
        return i < 0 ? s + "_" : s[..i] + with + s[(i + find.Length)..];
    }

    private static string Capitalise(string s) =>
        string.Join(' ', s.Split(' ').Select(w => w.Length > 3 && char.IsLower(w[0]) ? char.ToUpperInvariant(w[0]) + w[1..] : w));
}
