using SellerConsole.Scoring.Rules;

namespace SellerConsole.Scoring.Peers;

/// <summary>Ours against the median of the top-ranked peers, and the terms most of them use that we lack.</summary>
internal static class BenchmarkCalculator
{
    public static Benchmark Compute(PreparedListing listing, IReadOnlyList<PeerListing?>? peers, ScoringSettings settings)
    {
        var chosen = PeerSelection.Top(listing.Source, peers, settings.PeerCount);
        if (chosen.Count == 0)
        {
            return Benchmark.None;
        }
        var ours = ListingProfile.Ours(listing);
        var theirs = chosen.ConvertAll(p => ListingProfile.Peer(p, settings.MaxAnalysedChars));

        var metrics = new List<BenchmarkMetric>
        {
            new(Benchmark.TitleLength, ours.TitleLength, Median(theirs.Select(p => (decimal)p.TitleLength))),
            new(Benchmark.BulletCount, ours.BulletCount, Median(theirs.Select(p => (decimal)p.BulletCount))),
            new(Benchmark.ImageCount, ours.ImageCount, Median(theirs.Select(p => (decimal)p.ImageCount))),
            new(Benchmark.Rating, ours.Rating, Median(theirs.Where(p => p.Rating.HasValue).Select(p => p.Rating!.Value))),
            new(Benchmark.ReviewCount, ours.ReviewCount, Median(theirs.Where(p => p.ReviewCount.HasValue).Select(p => (decimal)p.ReviewCount!.Value))),
        };

        var common = CommonTerms(ours, theirs, settings);
        var missing = common.Where(t => !t.InOurListing).Select(t => t.Term).Take(settings.MaxTermsListed).ToList();
        var asins = chosen.Select(p => Text.Evidence.Clean(p.Asin, 20)).ToList();
        return new Benchmark(chosen.Count, asins, metrics, common, missing);
    }

    /// <summary>
    /// Terms used by at least the configured share of peers (each peer counts once per term), brands
    /// excluded, most widely used first, then alphabetical. Shown in the most common peer spelling.
    /// </summary>
    private static List<CommonTerm> CommonTerms(ListingProfile ours, List<ListingProfile> theirs, ScoringSettings settings)
    {
        var brands = new HashSet<string>(ours.BrandKeys.Concat(theirs.SelectMany(p => p.BrandKeys)), StringComparer.Ordinal);
        var usage = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var peer in theirs)
        {
            foreach (var (key, surface) in peer.Terms)
            {
                if (brands.Contains(key))
                {
                    continue;
                }
                if (!usage.TryGetValue(key, out var spellings))
                {
                    usage[key] = spellings = new Dictionary<string, int>(StringComparer.Ordinal);
                }
                spellings[surface] = spellings.GetValueOrDefault(surface) + 1;
            }
        }
        var needed = settings.CommonTermShare * theirs.Count;
        return usage
            .Select(u => (Key: u.Key, Peers: u.Value.Values.Sum(), Spelling: MostCommon(u.Value)))
            .Where(u => u.Peers >= needed)
            .OrderByDescending(u => u.Peers)
            .ThenBy(u => u.Spelling, StringComparer.Ordinal)
            .Select(u => new CommonTerm(u.Spelling, u.Peers, ours.Terms.ContainsKey(u.Key)))
            .ToList();
    }

    private static string MostCommon(Dictionary<string, int> spellings) =>
        spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;

    internal static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
    }
}
