using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Scoring.Data;

/// <summary>Writes a category's peer snapshot.</summary>
internal static class PeerRows
{
    /// <summary>
    /// Replaces the category's peers in one transaction. Rating and review count come from Keepa, not from the
    /// catalogue, so a peer that stays (here or as a peer of another category) keeps what Keepa last said.
    /// </summary>
    public static async Task ReplaceAsync(
        SellerDb db, string category, string? classificationId, List<(CatalogItem Item, int Rank)> top, DateTime now, CancellationToken cancellationToken)
    {
        var asins = top.Select(p => p.Item.Asin).ToList();
        var known = (await db.ScoringPeers.AsNoTracking().Where(p => asins.Contains(p.Asin))
                .Select(p => new { p.Asin, p.RatingTenths, p.ReviewCount, p.SocialProofUtc }).ToListAsync(cancellationToken))
            .GroupBy(p => p.Asin, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.SocialProofUtc).First(), StringComparer.Ordinal);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ScoringPeers.Where(p => p.Category == category).ExecuteDeleteAsync(cancellationToken);
        db.ScoringPeers.AddRange(top.Select((p, i) =>
        {
            var previous = known.GetValueOrDefault(p.Item.Asin);
            return new StoredPeer
            {
                Category = category,
                ClassificationId = classificationId,
                Position = i,
                Asin = p.Item.Asin,
                SalesRank = p.Rank,
                ContentJson = ScoringJson.Write(ListingContentMapper.FromCatalogItem(p.Item, category)),
                FetchedUtc = now,
                RatingTenths = previous?.RatingTenths,
                ReviewCount = previous?.ReviewCount,
                SocialProofUtc = previous?.SocialProofUtc,
            };
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
