using SellerConsole.Scoring.Peers;
using SellerConsole.Scoring.Rules;

namespace SellerConsole.Scoring;

/// <summary>
/// The listing scorer: pure, deterministic and thread-safe (no shared mutable state). Content is never a
/// reason to throw: null, huge or malformed fields become findings. Only invalid settings throw, because
/// they are configuration validated at start-up (see <see cref="ScoringSettings.Validate"/>).
/// Work is linear in the input: text rules read at most MaxAnalysedChars per field and use no regex.
/// </summary>
public static class ListingScorer
{
    public static ScoreCard Score(ListingContent listing, IReadOnlyList<PeerListing> peers, ScoringSettings settings) =>
        Score(listing, PeerSet.Prepare(peers, settings), settings);

    /// <summary>
    /// The same score against peers prepared once (see <see cref="PeerSet"/>): use this when scoring many
    /// listings against the same competitors, so each peer's text is analysed once rather than per listing.
    /// </summary>
    public static ScoreCard Score(ListingContent listing, PeerSet peers, ScoringSettings settings)
    {
        settings ??= ScoringSettings.Default;
        peers ??= PeerSet.Empty;
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid scoring settings: {string.Join("; ", errors)}.", nameof(settings));
        }

        var prepared = new PreparedListing(listing, settings);
        var hits = new List<RuleHit>();
        TitleRules.Evaluate(prepared, settings, hits);
        BulletRules.Evaluate(prepared, settings, hits);
        DescriptionRules.Evaluate(prepared, settings, hits);
        SearchTermRules.Evaluate(prepared, settings, hits);
        TextHygieneRules.Evaluate(prepared, hits);
        AmazonIssueRules.Evaluate(prepared, hits);
        ImageRules.Evaluate(prepared, settings, hits);
        SocialProofRules.Evaluate(prepared, settings, hits);
        PriceRules.Evaluate(prepared, settings, hits);

        var benchmark = BenchmarkCalculator.Compute(prepared, peers, settings);
        CompetitionRules.Evaluate(benchmark, settings, hits);
        return PointsAllocator.Allocate(hits, benchmark, settings);
    }
}
