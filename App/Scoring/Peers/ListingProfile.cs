using SellerConsole.Scoring.Rules;
using SellerConsole.Scoring.Text;

namespace SellerConsole.Scoring.Peers;

/// <summary>The measurable side of a listing that the benchmark compares, ours or a peer's.</summary>
internal sealed record ListingProfile(
    int TitleLength,
    int BulletCount,
    int ImageCount,
    decimal? Rating,
    int? ReviewCount,
    IReadOnlyDictionary<string, string> Terms,
    IReadOnlyList<string> BrandKeys)
{
    /// <summary>Ours: terms from title, bullets and search terms (where a missing term would belong).</summary>
    public static ListingProfile Ours(PreparedListing listing)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        TermKeys.Collect(listing.Title.Lower, terms);
        foreach (var bullet in listing.Bullets)
        {
            TermKeys.Collect(bullet.Text.Lower, terms);
        }
        TermKeys.Collect(listing.SearchTerms.Lower, terms);
        return new ListingProfile(listing.TitleLength, listing.BulletCount, listing.ImageCount, listing.Rating,
            listing.ReviewCount, terms, BrandKeysOf(listing.Brand.Lower));
    }

    /// <summary>A peer: terms from title and bullets, the parts shoppers see in search and on the page.</summary>
    public static ListingProfile Peer(ListingContent content, int maxAnalysedChars)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var title = TextMetrics.Head(content.Title ?? string.Empty, maxAnalysedChars);
        TermKeys.Collect(Tokenizer.LowerWords(title), terms);
        var bullets = (content.Bullets ?? []).Where(b => !string.IsNullOrWhiteSpace(b)).ToList();
        foreach (var bullet in bullets.Take(PreparedListing.MaxBulletsAnalysed))
        {
            TermKeys.Collect(Tokenizer.LowerWords(TextMetrics.Head(bullet!, maxAnalysedChars)), terms);
        }
        var brand = Tokenizer.LowerWords(TextMetrics.Head(content.Brand ?? string.Empty, maxAnalysedChars));
        return new ListingProfile(
            TextMetrics.CharCount(content.Title ?? string.Empty),
            bullets.Count,
            (content.Images ?? []).Count(i => i is not null),
            content.Rating is { } rating ? Math.Clamp(rating, 0m, 5m) : null,
            content.ReviewCount is { } reviews ? Math.Max(0, reviews) : null,
            terms,
            BrandKeysOf(brand));
    }

    /// <summary>Brand words, so a competitor's (or our) brand is never suggested as a missing term.</summary>
    private static IReadOnlyList<string> BrandKeysOf(IReadOnlyList<string> brandLower) =>
        brandLower.Select(TermKeys.Key).OfType<string>().Append(string.Concat(brandLower)).Where(k => k.Length > 0).Distinct().ToList();
}
