namespace SellerConsole.Scoring;

/// <summary>
/// Our listing against the median of its top-ranked peers, for side-by-side display.
/// Metric values are null when there is nothing to measure (e.g. no peer has a rating).
/// </summary>
public sealed record Benchmark(
    int PeerCount,
    IReadOnlyList<string> PeerAsins,
    IReadOnlyList<BenchmarkMetric> Metrics,
    IReadOnlyList<CommonTerm> CommonTerms,
    IReadOnlyList<string> MissingTerms)
{
    public const string TitleLength = "title-length";
    public const string BulletCount = "bullet-count";
    public const string ImageCount = "image-count";
    public const string Rating = "rating";
    public const string ReviewCount = "review-count";

    public static Benchmark None { get; } = new(0, [], [], [], []);

    public BenchmarkMetric? Metric(string name) => Metrics.FirstOrDefault(m => m.Name == name);
}

public sealed record BenchmarkMetric(string Name, decimal? Ours, decimal? PeerMedian);

/// <summary>A term used by at least the configured share of peers; PeersUsing counts peers, not occurrences.</summary>
public sealed record CommonTerm(string Term, int PeersUsing, bool InOurListing);
