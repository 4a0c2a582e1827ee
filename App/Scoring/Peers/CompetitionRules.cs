using System.Globalization;
using SellerConsole.Scoring.Text;

namespace SellerConsole.Scoring.Peers;

/// <summary>Findings from the benchmark; silent when there are too few peers to trust a median.</summary>
internal static class CompetitionRules
{
    public static void Evaluate(Benchmark benchmark, ScoringSettings settings, List<Rules.RuleHit> hits)
    {
        if (benchmark.PeerCount < settings.MinPeersForBenchmark)
        {
            return;
        }
        var peers = $"the top {benchmark.PeerCount} peers";

        if (benchmark.MissingTerms.Count > 0)
        {
            var severity = benchmark.MissingTerms.Count >= settings.MissingTermsMajorAt ? Severity.Major : Severity.Minor;
            Add(hits, RuleIds.CompetitionMissingTerms, severity, $"Terms most of {peers} use are missing from our title, bullets and search terms.",
                Evidence.List(benchmark.MissingTerms, settings.MaxTermsListed), "Work the terms that truly describe the product into the title, bullets or search terms.");
        }

        if (Below(benchmark, Benchmark.ImageCount, 0m, out var images, out var imageMedian))
        {
            Add(hits, RuleIds.CompetitionFewerImages, Severity.Minor, $"We show fewer images than {peers}.",
                Invariant($"{images} images vs peer median {imageMedian}"), "Add images until we match the peer median.");
        }

        if (Below(benchmark, Benchmark.BulletCount, 0m, out var bullets, out var bulletMedian))
        {
            Add(hits, RuleIds.CompetitionFewerBullets, Severity.Minor, $"We use fewer bullets than {peers}.",
                Invariant($"{bullets} bullets vs peer median {bulletMedian}"), "Add bullets until we match the peer median.");
        }

        if (Below(benchmark, Benchmark.Rating, settings.RatingGapVsPeers, out var rating, out var ratingMedian))
        {
            Add(hits, RuleIds.CompetitionLowerRating, Severity.Minor, $"Our rating trails {peers}.",
                Invariant($"{rating} stars vs peer median {ratingMedian}"), "Find the cause in critical reviews and fix it in the product or the listing.");
        }

        var reviews = benchmark.Metric(Benchmark.ReviewCount);
        if (reviews?.PeerMedian is { } reviewMedian && reviewMedian > 0m && (reviews.Ours ?? 0m) < reviewMedian * settings.ReviewShareVsPeers)
        {
            Add(hits, RuleIds.CompetitionFewerReviews, Severity.Minor, $"We have far fewer reviews than {peers}.",
                Invariant($"{reviews.Ours ?? 0m} reviews vs peer median {reviewMedian}"), "Use Vine and \"Request a Review\" to close the gap.");
        }
    }

    /// <summary>True when ours is more than gap below the peer median.</summary>
    private static bool Below(Benchmark benchmark, string metric, decimal gap, out decimal ours, out decimal median)
    {
        var m = benchmark.Metric(metric);
        ours = m?.Ours ?? 0m;
        median = m?.PeerMedian ?? 0m;
        return m is { Ours: not null, PeerMedian: not null } && ours < median - gap;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Add(List<Rules.RuleHit> hits, string id, Severity severity, string message, string evidence, string fix) =>
        hits.Add(new Rules.RuleHit(id, severity, ScoreSection.Competitiveness, message, evidence, fix));
}
