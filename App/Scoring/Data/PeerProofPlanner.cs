using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Scoring.Data;

/// <summary>A stored peer as the Keepa planner sees it: which ASIN, how high it ranks, when Keepa was last asked.</summary>
public sealed record PeerProofCandidate(string Asin, int Position, DateTime? CheckedUtc);

/// <summary>
/// Which peers to ask Keepa about and what it costs (pure). Ratings move slowly, so a peer checked within
/// <see cref="StaleAfter"/> is not asked again; never-checked peers go first, best-ranked first, because the
/// benchmark only reads the top of each category.
/// </summary>
public static class PeerProofPlanner
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(7);

    /// <summary>
    /// The cheapest request that carries rating and review count: <c>rating=1</c> (1 + 1 token per ASIN), no
    /// offers, no Buy Box, histories cut to the last day (the rating and review series ride in <c>csv</c>, so
    /// <c>history=0</c> would drop them), and the free <c>stats</c> whose <c>current</c> backs them up.
    /// </summary>
    public static readonly KeepaProductOptions Options = new() { Rating = true, History = true, Days = 1, StatsDays = 1 };

    /// <summary>ASINs due for a check, in the order they should be asked; each ASIN once, even when it is a peer in several categories.</summary>
    public static IReadOnlyList<string> Due(IEnumerable<PeerProofCandidate> candidates, DateTime nowUtc) =>
        [.. candidates
            .GroupBy(c => c.Asin, StringComparer.Ordinal)
            .Select(g => (Asin: g.Key, Position: g.Min(c => c.Position), Checked: g.Any(c => c.CheckedUtc is null) ? null : g.Min(c => c.CheckedUtc)))
            .Where(c => c.Checked is not { } at || nowUtc - at >= StaleAfter)
            .OrderBy(c => c.Checked is null ? 0 : 1)
            .ThenBy(c => c.Position)
            .ThenBy(c => c.Checked)
            .ThenBy(c => c.Asin, StringComparer.Ordinal)
            .Select(c => c.Asin)];

    /// <summary>How many ASINs the balance pays for while keeping <paramref name="reserve"/> tokens back (never negative).</summary>
    /// <summary>Tokens peer ratings may spend in one run: half of the balance above the reserve.</summary>
    public static int Budget(int tokensLeft, int reserve) => Math.Max(0, (tokensLeft - reserve) / 2);

    public static int Affordable(int tokensLeft, int reserve, int costPerAsin) =>
        costPerAsin <= 0 ? throw new ArgumentOutOfRangeException(nameof(costPerAsin)) : Math.Max(0, (tokensLeft - reserve) / costPerAsin);

    /// <summary>The rating (stars x10, 0-50) and review count Keepa sent: the latest history point, else the stats' current value.</summary>
    public static (int? RatingTenths, int? Reviews) Read(KeepaProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        if (product.ProductType != KeepaProductType.Standard)
        {
            return (null, null);
        }
        var stars = product.Histories.Rating is { Count: > 0 } rating ? rating[^1].Value : null;
        stars ??= product.Stats?.For(KeepaSeries.Rating)?.Current;
        int? reviews = product.Histories.Integers.GetValueOrDefault(KeepaSeries.CountReviews) is { Count: > 0 } counts ? counts[^1].Value : null;
        reviews ??= product.Stats?.For(KeepaSeries.CountReviews)?.Current is { } current ? (int)current : null;
        return (stars is { } s ? (int)Math.Clamp(Math.Round(s * 10, MidpointRounding.AwayFromZero), 0, 50) : null,
            reviews is { } r && r >= 0 ? r : null);
    }
}
