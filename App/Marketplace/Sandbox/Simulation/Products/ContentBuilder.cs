using System.Text;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>
/// Turns a product spec and a defect plan into detail-page content. The published
/// <see cref="ListingContent.Defects"/> are measured by <see cref="ContentInspector"/> afterwards.
/// </summary>
internal static class ContentBuilder
{
    private static readonly string[] Headers = ["Built to last", "Quick to use", "Versatile", "What you get", "Good to know", "Designed for the job"];
    private static readonly string[] BulletPromos = ["Best seller in its class", "Top quality at the cheapest price", "100% satisfaction guaranteed or your money back", "Free delivery on every order"];
    private static readonly string[] BulletEmojis = ["✅", "👍", "⭐", "🔧"];

    public static ListingContent Build(ProductSpec p, string brand, ContentDefect plan, bool hasAplus, DetRandom r)
    {
        var promoInTitle = plan.HasFlag(ContentDefect.PromotionalPhrases) && r.Chance(0.6);
        var emojiInTitle = plan.HasFlag(ContentDefect.Emojis) && r.Chance(0.5);
        var title = TitleBuilder.Build(p, brand, plan, promoInTitle, emojiInTitle, r);
        var bullets = Bullets(p, plan, !promoInTitle && plan.HasFlag(ContentDefect.PromotionalPhrases),
            !emojiInTitle && plan.HasFlag(ContentDefect.Emojis), r);
        var description = Description(p, brand, plan.HasFlag(ContentDefect.DescriptionHtml), r);
        var searchTerms = SearchTerms(p, brand, plan, r);
        var images = ImageBuilder.Build(plan, r);
        var draft = new ListingContent(title, bullets, description, searchTerms, images, hasAplus, ContentDefect.None);
        return draft with { Defects = ContentInspector.Inspect(draft, brand) };
    }

    private static List<string> Bullets(ProductSpec p, ContentDefect plan, bool promo, bool emoji, DetRandom r)
    {
        var count = plan.HasFlag(ContentDefect.FewerThanFiveBullets) ? r.Between(0, 4) : 5;
        var shout = plan.HasFlag(ContentDefect.AllCapsWords);
        var features = r.Sample(p.Features, p.Features.Count);
        var bullets = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var header = Headers[(i + r.Next(2)) % Headers.Length];
            var body = Sentence(features[i % features.Count]);
            if (r.Chance(0.5)) body += " " + Sentence(features[(i + 2) % features.Count]);
            bullets.Add($"{(shout ? header.ToUpperInvariant() : header)}: {body}");
        }
        if (plan.HasFlag(ContentDefect.OverlongBullets) && count > 0)
        {
            var sb = new StringBuilder(bullets[0]);
            var k = 0;
            while (ContentInspector.Length(sb.ToString()) <= 520)
            {
                var pool = k % 3 == 0 ? p.SpecLines : k % 3 == 1 ? p.Features : p.Uses;
                sb.Append(' ').Append(Sentence(pool[k / 3 % pool.Count]));
                k++;
            }
            bullets[0] = sb.ToString();
        }
        if (promo && count > 0) bullets[^1] += " " + r.Pick(BulletPromos) + ".";
        if (emoji) for (var i = 0; i < bullets.Count; i++) bullets[i] = r.Pick(BulletEmojis) + " " + bullets[i];
        return bullets;
    }

    private static string Description(ProductSpec p, string brand, bool html, DetRandom r)
    {
        var verb = p.Noun.EndsWith('s') ? "are" : "is";
        var intro = $"The {brand} {p.Noun.ToLowerInvariant()} {verb} made for {p.Uses[0]}.";
        var body = string.Join(" ", r.Sample(p.Features, Math.Min(4, p.Features.Count)).Select(Sentence));
        var specs = p.SpecLines;
        if (html)
        {
            var items = string.Concat(specs.Select(s => $"<li>{s}</li>"));
            return $"<p><b>{brand} {p.Noun}</b></p><p>{intro} {body}</p><ul>{items}</ul>";
        }
        var separator = r.Chance(0.5) ? "<br><br>" : "\n\n";
        return $"{intro} {body}{separator}Specification: {string.Join("; ", specs)}.";
    }

    private static string SearchTerms(ProductSpec p, string brand, ContentDefect plan, DetRandom r)
    {
        var words = new List<string>();
        if (plan.HasFlag(ContentDefect.SearchTermsContainBrand)) words.Add(brand.ToLowerInvariant());
        foreach (var k in r.Sample(p.Keywords, p.Keywords.Count)) words.Add(k.ToLowerInvariant());
        var text = string.Join(' ', words.Distinct());
        if (plan.HasFlag(ContentDefect.SearchTermsOver250Bytes))
        {
            // Keyword stuffing: repeats, plurals and a few multi-byte characters, well past the limit.
            var extra = new StringBuilder(text);
            var i = 0;
            while (Encoding.UTF8.GetByteCount(extra.ToString().Replace(" ", "")) <= 280)
            {
                var k = p.Keywords[i % p.Keywords.Count];
                extra.Append(' ').Append(i % 4 == 3 ? k + "s £ cheap" : i % 2 == 0 ? k.Replace(" ", "") : k + " uk");
                i++;
            }
            return extra.ToString();
        }
        while (Encoding.UTF8.GetByteCount(text) > 240) text = text[..text.LastIndexOf(' ')];
        return text;
    }

    private static string Sentence(string s) => s.EndsWith('.') ? s : s + ".";
}
