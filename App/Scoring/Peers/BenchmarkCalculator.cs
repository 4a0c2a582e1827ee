using SellerConsole.Scoring.Rules;

namespace SellerConsole.Scoring.Peers;

/// <summary>Ours against the median of the top-ranked peers, and the terms most of them use that we lack.</summary>
internal static class BenchmarkCalculator
{
    public static Benchmark Compute(PreparedListing listing, PeerSet peers, ScoringSettings settings)
    {
        var chosen = PeerSelection.Top(listing.Source, peers, settings.PeerCount);
        if (chosen.Count == 0)
        {
            return Benchmark.None;
        }
        var ours = ListingProfile.Ours(listing);
        var theirs = chosen.ConvertAll(p => p.Profile);

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
        var asins = chosen.Select(p => Text.Evidence.Clean(p.Content.Asin, 20)).ToList();
        return new Benchmark(chosen.Count, asins, metrics, common, missing);
    }

    /// <summary>
    /// Terms used by at least the configured share of peers (each peer counts once per term), brands
    /// excluded, most widely used first, then alphabetical. Shown in the most common peer spelling.
    /// </summary>
    private static List<CommonTerm> CommonTerms(ListingProfile ours, List<ListingProfile> theirs, ScoringSettings settings)
    {
        var peersUsing = new Dictionary<string, int>(StringComparer.Ordinal);
        var spellings = new Dictionary<(string Key, string Spelling), int>();
        foreach (var peer in theirs)
        {
            foreach (var (key, spelling) in peer.Terms)
            {
                peersUsing[key] = peersUsing.GetValueOrDefault(key) + 1;
                spellings[(key, spelling)] = spellings.GetValueOrDefault((key, spelling)) + 1;
            }
        }
        var best = new Dictionary<string, (string Spelling, int Count)>(StringComparer.Ordinal);
        foreach (var ((key, spelling), count) in spellings)
        {
            if (!best.TryGetValue(key, out var current) || count > current.Count
                || (count == current.Count && string.CompareOrdinal(spelling, current.Spelling) < 0))
            {
                best[key] = (spelling, count);
            }
        }
        var brands = new HashSet<string>(ours.BrandKeys.Concat(theirs.SelectMany(p => p.BrandKeys)), StringComparer.Ordinal);
        var needed = settings.CommonTermShare * theirs.Count;
        return peersUsing
            .Where(u => u.Value >= needed && !brands.Contains(u.Key))
            .Select(u => new CommonTerm(best[u.Key].Spelling, u.Value, ours.Terms.ContainsKey(u.Key)))
            .OrderByDescending(t => t.PeersUsing)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
    }

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
