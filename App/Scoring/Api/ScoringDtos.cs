namespace SellerConsole.Scoring.Api;

public sealed record ScoreImageDto(int Width, int Height, bool? WhiteBackground);

public sealed record ScoreIssueDto(string? Code, string? Message, string? Severity, IReadOnlyList<string?>? Enforcements);

/// <summary>Listing content to score. Every field is optional; Category selects the stored peers to benchmark against.</summary>
public sealed record ScoreRequestDto(
    string? Sku, string? Asin, string? Brand, string? Category, string? Title, IReadOnlyList<string?>? Bullets, string? Description,
    string? SearchTerms, IReadOnlyList<ScoreImageDto?>? Images, bool? HasAPlusContent, decimal? Rating, int? ReviewCount,
    decimal? Price, decimal? BuyBoxPrice, IReadOnlyList<ScoreIssueDto?>? Issues)
{
    public ListingContent ToContent() => new(
        Sku, Asin, Brand, Category, Title, Bullets, Description, SearchTerms,
        Images?.Select(i => i is null ? null : new ListingImage(i.Width, i.Height, i.WhiteBackground)).ToList(),
        HasAPlusContent ?? false, Rating, ReviewCount, Price, BuyBoxPrice,
        Issues?.Select(i => i is null ? null : new AmazonListingIssue(i.Code, i.Message, i.Severity, i.Enforcements)).ToList());
}

/// <summary>Severity: Minor, Major or Blocking. Section: Content, Media, SocialProof, Competitiveness or Overall.</summary>
public sealed record FindingDto(string RuleId, string Severity, string Section, string Message, string Evidence, string Fix, decimal PointsLost);

public sealed record SectionDto(string Section, decimal Weight, decimal Earned);

public sealed record ScoreResultDto(decimal Score, IReadOnlyList<SectionDto> Sections, IReadOnlyList<FindingDto> Findings, Benchmark Benchmark)
{
    public static ScoreResultDto From(ScoreCard card) => new(
        card.Score,
        [.. card.Sections.Select(s => new SectionDto(s.Section.ToString(), s.Weight, s.Earned))],
        [.. card.Findings.Select(f => new FindingDto(f.RuleId, f.Severity.ToString(), f.Section.ToString(), f.Message, f.Evidence, f.Fix, f.PointsLost))],
        card.Benchmark);
}

public sealed record ScorePointDto(DateTime AtUtc, decimal Score);

public sealed record PeerDto(string Asin, int SalesRank, string? Title, int TitleLength, int BulletCount, int ImageCount);

/// <summary>A stored listing's current score (findings ordered "fix first"), benchmark, the peers behind it and the score history.</summary>
public sealed record ListingScoreDto(
    string Sku, string Title, string? Category, decimal Score, DateTime ScoredUtc, IReadOnlyList<SectionDto> Sections,
    IReadOnlyList<FindingDto> Findings, Benchmark Benchmark, IReadOnlyList<PeerDto> Peers, IReadOnlyList<ScorePointDto> History);
