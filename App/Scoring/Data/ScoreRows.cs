using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Data;

namespace SellerConsole.Scoring.Data;

/// <summary>Row-level work of a rescore: loading in chunks (SQLite caps parameters) and writing cards and history.</summary>
internal static class ScoreRows
{
    /// <summary>Writes the card when it differs from the stored one; a new or moved score adds a history point and is a change.</summary>
    public static ScoreChange? Apply(SellerDb db, Dictionary<string, StoredListingScore> existing, string sku, ScoreCard card, DateTime now)
    {
        var tenths = (int)Math.Round(card.Score * 10m, MidpointRounding.AwayFromZero);
        var json = ScoringJson.Write(card);
        if (!existing.TryGetValue(sku, out var stored))
        {
            stored = new StoredListingScore { Sku = sku, RuleIds = "", CardJson = "", ChangedUtc = now };
            db.ListingScores.Add(stored);
            Fill(stored, card, tenths, json, now);
            db.ListingScoreHistory.Add(new StoredScorePoint { Sku = sku, ScoreTenths = tenths, AtUtc = now });
            return new ScoreChange(sku, null, tenths / 10m);
        }
        if (stored.CardJson == json)
        {
            return null;
        }
        var old = stored.ScoreTenths;
        Fill(stored, card, tenths, json, now);
        if (old == tenths)
        {
            return null;
        }
        stored.ChangedUtc = now;
        db.ListingScoreHistory.Add(new StoredScorePoint { Sku = sku, ScoreTenths = tenths, AtUtc = now });
        return new ScoreChange(sku, old / 10m, tenths / 10m);
    }

    private static void Fill(StoredListingScore stored, ScoreCard card, int tenths, string json, DateTime now)
    {
        stored.ScoreTenths = tenths;
        stored.CardJson = json;
        stored.FindingCount = card.Findings.Count;
        stored.WorstSeverity = card.Findings.Count == 0 ? 0 : (int)card.Findings.Max(f => f.Severity);
        stored.RuleIds = card.Findings.Count == 0 ? "" : "|" + string.Join("|", card.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal)) + "|";
        stored.ScoredUtc = now;
    }

    public static async Task<List<Listing>> LoadAsync(IQueryable<Listing> listings, List<string> skus, CancellationToken cancellationToken)
    {
        var result = new List<Listing>(skus.Count);
        foreach (var chunk in skus.Chunk(500))
        {
            result.AddRange(await listings.Where(l => chunk.Contains(l.Sku)).ToListAsync(cancellationToken));
        }
        return result;
    }

    public static async Task<Dictionary<string, StoredListingScore>> ExistingAsync(SellerDb db, List<string>? skus, CancellationToken cancellationToken)
    {
        if (skus is null)
        {
            return await db.ListingScores.ToDictionaryAsync(s => s.Sku, StringComparer.Ordinal, cancellationToken);
        }
        var result = new Dictionary<string, StoredListingScore>(StringComparer.Ordinal);
        foreach (var chunk in skus.Chunk(500))
        {
            foreach (var score in await db.ListingScores.Where(s => chunk.Contains(s.Sku)).ToListAsync(cancellationToken))
            {
                result[score.Sku] = score;
            }
        }
        return result;
    }
}
