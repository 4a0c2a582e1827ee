namespace SellerConsole.Scoring;

/// <summary>
/// Weights, penalties and thresholds. Defaults follow docs/domain-facts.md section D; the weights are
/// normalised to add up to 100, so any non-negative mix with a positive total works.
/// </summary>
public sealed record ScoringSettings
{
    public static ScoringSettings Default { get; } = new();

    public decimal ContentWeight { get; init; } = 40m;
    public decimal MediaWeight { get; init; } = 25m;
    public decimal SocialProofWeight { get; init; } = 20m;
    public decimal CompetitivenessWeight { get; init; } = 15m;

    /// <summary>Share of its section's weight that one finding of this severity costs.</summary>
    public decimal BlockingPenalty { get; init; } = 1.0m;
    public decimal MajorPenalty { get; init; } = 0.30m;
    public decimal MinorPenalty { get; init; } = 0.10m;

    /// <summary>While any blocking finding remains, the score cannot exceed this.</summary>
    public decimal BlockingScoreCap { get; init; } = 40m;

    public int TitleMaxChars { get; init; } = 200;
    public int TitleMobileChars { get; init; } = 80;
    public int BulletsExpected { get; init; } = 5;
    public int BulletsMajorBelow { get; init; } = 3;
    public int BulletMaxChars { get; init; } = 500;
    public int BulletRecommendedChars { get; init; } = 250;
    public int DescriptionMaxChars { get; init; } = 2000;

    /// <summary>Search terms must stay strictly below this many counted bytes.</summary>
    public int SearchTermsByteLimit { get; init; } = 250;

    public int ImagesGood { get; init; } = 7;
    public int ImagesMajorBelow { get; init; } = 3;
    public int MainImageZoomPx { get; init; } = 1000;
    public int MainImageMinPx { get; init; } = 500;
    public int MainImageMaxPx { get; init; } = 10_000;

    public decimal RatingMajorBelow { get; init; } = 3.5m;
    public decimal RatingMinorBelow { get; init; } = 4.0m;
    public int ReviewsMajorBelow { get; init; } = 10;
    public int ReviewsMinorBelow { get; init; } = 100;

    /// <summary>Our price above the Buy Box by more than this percentage is a finding (0 = any amount).</summary>
    public decimal PriceAboveBuyBoxMinorPercent { get; init; } = 0m;
    public decimal PriceAboveBuyBoxMajorPercent { get; init; } = 5m;

    /// <summary>How many top-ranked peers of the same category to compare with.</summary>
    public int PeerCount { get; init; } = 10;
    public int MinPeersForBenchmark { get; init; } = 3;

    /// <summary>A term is "common" when at least this share of the peers use it.</summary>
    public decimal CommonTermShare { get; init; } = 0.40m;
    public int MissingTermsMajorAt { get; init; } = 5;
    public int MaxTermsListed { get; init; } = 20;
    public decimal RatingGapVsPeers { get; init; } = 0.3m;

    /// <summary>Fewer reviews than this share of the peer median is a finding.</summary>
    public decimal ReviewShareVsPeers { get; init; } = 0.5m;

    /// <summary>
    /// Text rules look at the first this-many UTF-16 units of each field; lengths and byte counts
    /// always cover the whole field. Bounds the work on hostile 10 MB strings.
    /// </summary>
    public int MaxAnalysedChars { get; init; } = 20_000;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        decimal[] weights = [ContentWeight, MediaWeight, SocialProofWeight, CompetitivenessWeight];
        if (weights.Any(w => w < 0m) || weights.Sum() <= 0m || weights.Sum() > 1_000_000m)
        {
            errors.Add("section weights must be non-negative with a positive total");
        }
        if (!(0m <= MinorPenalty && MinorPenalty <= MajorPenalty && MajorPenalty <= BlockingPenalty && BlockingPenalty <= 1m))
        {
            // Ordered penalties keep "fixing a finding never lowers the score" true when a fix downgrades a finding.
            errors.Add("penalties must satisfy 0 <= minor <= major <= blocking <= 1");
        }
        Require(errors, BlockingScoreCap is >= 0m and <= 100m, "blocking cap must be within 0-100");
        Require(errors, TitleMaxChars > 0 && TitleMobileChars > 0, "title limits must be positive");
        Require(errors, BulletsExpected > 0 && BulletsMajorBelow >= 0, "bullet counts must be positive");
        Require(errors, BulletMaxChars > 0 && BulletRecommendedChars > 0, "bullet lengths must be positive");
        Require(errors, DescriptionMaxChars > 0 && SearchTermsByteLimit > 0, "description and search-term limits must be positive");
        Require(errors, ImagesGood >= 0 && ImagesMajorBelow >= 0, "image counts must not be negative");
        Require(errors, 0 < MainImageMinPx && MainImageMinPx <= MainImageZoomPx && MainImageZoomPx <= MainImageMaxPx, "image sizes must satisfy 0 < min <= zoom <= max");
        Require(errors, RatingMajorBelow <= RatingMinorBelow && ReviewsMajorBelow <= ReviewsMinorBelow, "major thresholds must not exceed minor ones");
        Require(errors, PriceAboveBuyBoxMinorPercent is >= 0m and <= 1000m && PriceAboveBuyBoxMajorPercent is >= 0m and <= 1000m, "price percentages must be within 0-1000");
        Require(errors, PriceAboveBuyBoxMinorPercent <= PriceAboveBuyBoxMajorPercent, "the minor price percentage must not exceed the major one");
        Require(errors, PeerCount > 0 && MinPeersForBenchmark > 0, "peer counts must be positive");
        Require(errors, CommonTermShare is > 0m and <= 1m, "common-term share must be within (0, 1]");
        Require(errors, MissingTermsMajorAt > 0 && MaxTermsListed > 0, "term counts must be positive");
        Require(errors, RatingGapVsPeers >= 0m && ReviewShareVsPeers is >= 0m and <= 1m, "peer gaps must not be negative");
        Require(errors, MaxAnalysedChars >= 1000, "at least 1000 characters per field must be analysed");
        return errors;
    }

    private static void Require(List<string> errors, bool condition, string message)
    {
        if (!condition)
        {
            errors.Add(message);
        }
    }
}
