using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Scoring.Data;

/// <summary>Reads of stored scores, history, peers and the scoring configuration.</summary>
public sealed class ScoringStore(IDbContextFactory<SellerDb> dbs)
{
    /// <summary>How many history points a trend sparkline shows.</summary>
    public const int TrendPoints = 30;

    public async Task<ScoringConfig> ConfigAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var stored = await db.ScoringSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return stored is null ? ScoringConfig.Default : ScoringJson.Read<ScoringConfig>(stored.Json);
    }

    /// <summary>Stored peers per category, best-ranked first, as the scorer takes them.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PeerListing>>> PeersAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var rows = await db.ScoringPeers.AsNoTracking().OrderBy(p => p.Category).ThenBy(p => p.Position).ToListAsync(cancellationToken);
        return rows.GroupBy(p => p.Category, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => (IReadOnlyList<PeerListing>)[.. g.Select(p => new PeerListing(Content(p), p.SalesRank))],
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<ScoreRow>> ListAsync(ScoreFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var scores = db.ListingScores.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.RuleId))
        {
            var tag = "|" + filter.RuleId.Trim() + "|";
            scores = scores.Where(s => s.RuleIds.Contains(tag));
        }
        if (filter.AtLeast is { } severity)
        {
            scores = scores.Where(s => s.WorstSeverity >= (int)severity);
        }
        var query = from s in scores
                    join l in db.Listings.AsNoTracking() on s.Sku equals l.Sku
                    select new { s.Sku, l.Asin, l.Title, l.Category, s.ScoreTenths, s.WorstSeverity, s.FindingCount, s.ScoredUtc };
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            query = query.Where(r => r.Sku.StartsWith(search) || r.Asin == search || r.Title.Contains(search));
        }
        var rows = await query.OrderBy(r => r.ScoreTenths).ThenBy(r => r.Sku).ToListAsync(cancellationToken);
        var trends = await TrendsAsync(db, rows.Select(r => r.Sku).ToList(), cancellationToken);
        return [.. rows.Select(r => new ScoreRow(r.Sku, r.Asin, r.Title, r.Category, r.ScoreTenths / 10m,
            r.WorstSeverity == 0 ? null : (Severity)r.WorstSeverity, r.FindingCount, r.ScoredUtc, trends.GetValueOrDefault(r.Sku) ?? []))];
    }

    public async Task<ListingScoreView?> FindAsync(string sku, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var stored = await db.ListingScores.AsNoTracking().FirstOrDefaultAsync(s => s.Sku == sku, cancellationToken);
        var listing = await db.Listings.AsNoTracking().Where(l => l.Sku == sku).Select(l => new { l.Title, l.Category }).FirstOrDefaultAsync(cancellationToken);
        if (stored is null || listing is null)
        {
            return null;
        }
        var history = await db.ListingScoreHistory.AsNoTracking().Where(p => p.Sku == sku).OrderBy(p => p.AtUtc).ThenBy(p => p.Id)
            .Select(p => new ScorePoint(p.AtUtc, p.ScoreTenths / 10m)).ToListAsync(cancellationToken);
        var peers = listing.Category is null
            ? []
            : await db.ScoringPeers.AsNoTracking().Where(p => p.Category == listing.Category).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        return new ListingScoreView(sku, listing.Title, listing.Category, ScoringJson.Read<ScoreCard>(stored.CardJson), stored.ScoredUtc, history,
            [.. peers.Select(View)], peers.Count == 0 ? null : peers.Max(p => p.FetchedUtc), peers.Max(p => p.SocialProofUtc));
    }

    /// <summary>The catalogue content with Keepa's rating and review count, which the catalogue does not carry.</summary>
    private static ListingContent Content(StoredPeer peer) => ScoringJson.Read<ListingContent>(peer.ContentJson) with
    {
        Rating = peer.RatingTenths is { } tenths ? tenths / 10m : null,
        ReviewCount = peer.ReviewCount,
    };

    private static PeerView View(StoredPeer peer)
    {
        var content = Content(peer);
        var bullets = content.Bullets?.Count(b => !string.IsNullOrWhiteSpace(b)) ?? 0;
        return new PeerView(peer.Asin, peer.SalesRank, content.Title, content.Title?.Length ?? 0, bullets, content.Images?.Count(i => i is not null) ?? 0,
            content.Rating, content.ReviewCount);
    }

    private static async Task<Dictionary<string, IReadOnlyList<ScorePoint>>> TrendsAsync(SellerDb db, List<string> skus, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<ScorePoint>>(StringComparer.Ordinal);
        foreach (var chunk in skus.Chunk(500))
        {
            var points = await db.ListingScoreHistory.AsNoTracking().Where(p => chunk.Contains(p.Sku))
                .OrderBy(p => p.Sku).ThenBy(p => p.AtUtc).ThenBy(p => p.Id)
                .Select(p => new { p.Sku, p.AtUtc, p.ScoreTenths }).ToListAsync(cancellationToken);
            foreach (var group in points.GroupBy(p => p.Sku, StringComparer.Ordinal))
            {
                result[group.Key] = [.. group.TakeLast(TrendPoints).Select(p => new ScorePoint(p.AtUtc, p.ScoreTenths / 10m))];
            }
        }
        return result;
    }
}
