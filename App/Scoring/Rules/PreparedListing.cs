using SellerConsole.Scoring.Text;

namespace SellerConsole.Scoring.Rules;

/// <summary>
/// Our listing read once: nulls become empty, text is capped and tokenised, numbers are clamped to
/// sane ranges. Every rule reads this instead of the raw record.
/// </summary>
internal sealed class PreparedListing
{
    /// <summary>Sellers have 5 bullets and Amazon shows at most 9 images; a few more are analysed, not thousands.</summary>
    public const int MaxBulletsAnalysed = 20;
    public const int MaxImagesAnalysed = 20;

    public PreparedListing(ListingContent? listing, ScoringSettings settings)
    {
        Source = listing ?? ListingContent.Empty;
        var max = settings.MaxAnalysedChars;
        Title = new FieldText(Source.Title, max);
        Brand = new FieldText(Source.Brand, max);
        Description = new FieldText(Source.Description, max);
        SearchTerms = new FieldText(Source.SearchTerms, max);
        TitleLength = TextMetrics.CharCount(Title.Full);

        var bullets = Source.Bullets ?? [];
        BulletCount = bullets.Count(b => !string.IsNullOrWhiteSpace(b));
        Bullets = bullets
            .Take(MaxBulletsAnalysed)
            .Select((text, index) => new Bullet(index + 1, new FieldText(text, max)))
            .Where(b => !b.Text.IsBlank)
            .ToList();

        var images = Source.Images ?? [];
        ImageCount = images.Count(i => i is not null);
        Images = images.OfType<ListingImage>().Take(MaxImagesAnalysed).ToList();
        Issues = (Source.Issues ?? []).OfType<AmazonListingIssue>().ToList();

        ReviewCount = Source.ReviewCount is { } reviews ? Math.Max(0, reviews) : null;
        Rating = Source.Rating is { } rating ? Math.Clamp(rating, 0m, 5m) : null;
    }

    public ListingContent Source { get; }

    public FieldText Title { get; }

    public FieldText Brand { get; }

    public FieldText Description { get; }

    public FieldText SearchTerms { get; }

    /// <summary>Characters in the whole title (surrogate pairs count once).</summary>
    public int TitleLength { get; }

    /// <summary>Non-blank bullets in the whole list.</summary>
    public int BulletCount { get; }

    /// <summary>Non-blank bullets among the first <see cref="MaxBulletsAnalysed"/>, with their 1-based position.</summary>
    public IReadOnlyList<Bullet> Bullets { get; }

    public int ImageCount { get; }

    public IReadOnlyList<ListingImage> Images { get; }

    public IReadOnlyList<AmazonListingIssue> Issues { get; }

    /// <summary>0-5; out-of-range input is clamped.</summary>
    public decimal? Rating { get; }

    public int? ReviewCount { get; }

    public bool HasAPlusContent => Source.HasAPlusContent;
}

internal sealed record Bullet(int Number, FieldText Text);
