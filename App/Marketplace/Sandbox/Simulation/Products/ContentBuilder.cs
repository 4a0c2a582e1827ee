using System.Runtime.CompilerServices;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string> Bullets(ProductSpec p, ContentDefect plan, bool promo, bool emoji, DetRandom r)
    {
        var count = plan.HasFlag(ContentDefect.FewerThanFiveBullets) ? r.Between(0, 4) : 5;
        var shout = plan.HasFlag(ContentDefect.AllCapsWords);
        // Each sentence is used once; specifications and uses top the pool up for short feature lists.
        var pool = new Queue<string>(r.Sample(p.Features, p.Features.Count).Select(Sentence)
            .Concat(p.Uses.Select(u => Sentence($"Ideal for {u}")))
            .Concat(p.SpecLines.Select(Sentence)).Distinct());
        var headers = r.Sample(Headers, Headers.Length);
        var bullets = new List<string>(count);
        for (var i = 0; i < count && pool.Count > 0; i++)
        {
            var body = pool.Dequeue();
            if (pool.Count > count - i && r.Chance(0.5)) body += " " + pool.Dequeue();
            var header = headers[i % headers.Count];
            bullets.Add($"{(shout ? header.ToUpperInvariant() : header)}: {body}");
        }
        if (plan.HasFlag(ContentDefect.OverlongBullets) && bullets.Count > 0)
        {
            // The all-in-one bullet: everything the seller could think of, in one paragraph.
            var bullet = bullets[0];
            var all = p.Features.Concat(p.SpecLines).Concat(p.Uses.Select(u => $"Ideal for {u}")).Select(Sentence).ToList();
            for (var k = 0; ContentInspector.Length(bullet) <= 520; k++)
            {
                var next = k < all.Count ? all[k] : Sentence($"Also suitable for {p.Uses[k % p.Uses.Count]}, {p.Keywords[k % p.Keywords.Count]} and more");
                if (k > all.Count + 50 || !bullet.Contains(next, StringComparison.Ordinal)) bullet += " " + next;
            }
            bullets[0] = bullet;
        }
        if (promo && bullets.Count > 0) bullets[^1] += " " + r.Pick(BulletPromos) + ".";
        if (emoji) for (var i = 0; i < bullets.Count; i++) bullets[i] = r.Pick(BulletEmojis) + " " + bullets[i];
        return bullets;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string SearchTerms(ProductSpec p, string brand, ContentDefect plan, DetRandom r)
    {
        var words = new List<string>();
        if (plan.HasFlag(ContentDefect.SearchTermsContainBrand)) words.Add(brand.ToLowerInvariant());
        foreach (var k in r.Sample(p.Keywords, p.Keywords.Count)) words.Add(k.ToLowerInvariant());
        var text = string.Join(' ', words.Distinct());
        if (plan.HasFlag(ContentDefect.SearchTermsOver250Bytes))
        {
            // Keyword stuffing well past the limit: run-together phrases, misspellings, "uk" variants.
            var extra = new StringBuilder(text);
            var bytesWithoutSpaces = Encoding.UTF8.GetByteCount(text.Replace(" ", ""));
            for (var i = 0; bytesWithoutSpaces <= 280; i++)
            {
                var k = p.Keywords[i % p.Keywords.Count].ToLowerInvariant();
                var word = (i / p.Keywords.Count % 3) switch
                {
                    0 => k.Replace(" ", ""),
                    1 => Misspell(k),
                    _ => k + " uk",
                };
                extra.Append(' ').Append(word);
                bytesWithoutSpaces += Encoding.UTF8.GetByteCount(word.Replace(" ", ""));
            }
            return extra.ToString();
        }
        while (Encoding.UTF8.GetByteCount(text) > 240) text = text[..text.LastIndexOf(' ')];
        return text;
    }

    /// <summary>Swaps two letters in the middle of the first long word ("anchors" -> "ancohrs").</summary>
    private static string Misspell(string keyword)
    {
        var i = keyword.Length / 2;
        return i < 2 || !char.IsLetter(keyword[i]) || !char.IsLetter(keyword[i + 1]) ? keyword + "s"
            : keyword[..i] + keyword[i + 1] + keyword[i] + keyword[(i + 2)..];
    }

    private static string Sentence(string s)
    {
        var t = char.ToUpperInvariant(s[0]) + s[1..];
        return t.EndsWith('.') ? t : t + ".";
    }
}
