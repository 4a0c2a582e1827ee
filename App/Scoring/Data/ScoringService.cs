using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Security;

namespace SellerConsole.Scoring.Data;

/// <summary>What a rescore did.</summary>
public sealed record RescoreResult(int Scored, IReadOnlyList<ScoreChange> Changes, int Alerts);

/// <summary>
/// Scores stored listings against their category's stored peers and keeps the result: the current card,
/// a history point when the score moves, a <see cref="ScoresChanged"/> event, and an alert on a big drop.
/// Rescores run one at a time (the job, on-change triggers and a settings change may overlap).
/// </summary>
public sealed class ScoringService(
    IDbContextFactory<SellerDb> dbs, ScoringStore store, ScoreDropAlerts alerts, LiveFeed live, AuditLog audit, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Rescores the given SKUs, or every listing when <paramref name="skus"/> is null or empty.</summary>
    public async Task<RescoreResult> RescoreAsync(IReadOnlyCollection<string>? skus, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await RescoreLockedAsync(skus is { Count: > 0 } ? skus : null, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Validates and saves the configuration, then rescores everything. Returns the validation errors (none when saved).</summary>
    public async Task<IReadOnlyList<string>> UpdateConfigAsync(ScoringConfig config, string actor, CancellationToken cancellationToken)
    {
        var errors = config.Settings.Validate();
        if (errors.Count > 0)
        {
            return errors;
        }
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            var stored = await db.ScoringSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
            if (stored is null)
            {
                stored = new StoredScoringSettings { Json = "" };
                db.ScoringSettings.Add(stored);
            }
            stored.Json = ScoringJson.Write(config);
            stored.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
        var s = config.Settings;
        await audit.WriteAsync(actor, "scoring.settings", null,
            $"weights content {s.ContentWeight}, media {s.MediaWeight}, social proof {s.SocialProofWeight}, competitiveness {s.CompetitivenessWeight}", cancellationToken: cancellationToken);
        await RescoreAsync(null, cancellationToken);
        return [];
    }

    private async Task<RescoreResult> RescoreLockedAsync(IReadOnlyCollection<string>? skus, CancellationToken cancellationToken)
    {
        var config = await store.ConfigAsync(cancellationToken);
        var peers = await store.PeersAsync(cancellationToken);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var listings = db.Listings.AsNoTracking().Include(l => l.Issues).Where(l => l.Status != "Deleted");
        var wanted = skus?.Distinct(StringComparer.Ordinal).ToList();
        var loaded = wanted is null
            ? await listings.ToListAsync(cancellationToken)
            : await LoadChunkedAsync(listings, wanted, cancellationToken);

        var prepared = peers.ToDictionary(p => p.Key, p => PeerSet.Prepare(p.Value, config.Settings), StringComparer.Ordinal);
        var cards = new ScoreCard[loaded.Count];
        // Pure and thread-safe, so the CPU part uses every core; the writes below stay on one connection.
        Parallel.For(0, loaded.Count, i => cards[i] = ListingScorer.Score(
            ListingContentMapper.FromListing(loaded[i], config.UnknownAPlusIsAbsent),
            loaded[i].Category is { } c && prepared.TryGetValue(c, out var set) ? set : PeerSet.Empty,
            config.Settings));

        var scoredSkus = loaded.Select(l => l.Sku).ToList();
        var existing = await ExistingAsync(db, wanted is null ? null : scoredSkus, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<ScoreChange>();
        var dropped = new List<(ScoreChange Change, ScoreCard Card)>();
        for (var i = 0; i < loaded.Count; i++)
        {
            var change = Apply(db, existing, loaded[i].Sku, cards[i], now);
            if (change is not null)
            {
                changes.Add(change);
                if (ScoreDropAlerts.IsBigDrop(change))
                {
                    dropped.Add((change, cards[i]));
                }
            }
        }
        if (wanted is null)
        {
            // A full rescore also forgets listings that left the catalogue.
            var kept = scoredSkus.ToHashSet(StringComparer.Ordinal);
            db.ListingScores.RemoveRange(existing.Values.Where(s => !kept.Contains(s.Sku)));
        }
        await db.SaveChangesAsync(cancellationToken);

        if (changes.Count > 0)
        {
            live.Publish(new ScoresChanged(changes));
        }
        foreach (var (change, card) in dropped)
        {
            await alerts.RaiseAsync(change, card, cancellationToken);
        }
        return new RescoreResult(loaded.Count, changes, dropped.Count);
    }

    private static ScoreChange? Apply(SellerDb db, Dictionary<string, StoredListingScore> existing, string sku, ScoreCard card, DateTime now)
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

    private static async Task<List<Listing>> LoadChunkedAsync(IQueryable<Listing> listings, List<string> skus, CancellationToken cancellationToken)
    {
        var result = new List<Listing>(skus.Count);
        foreach (var chunk in skus.Chunk(500))
        {
            result.AddRange(await listings.Where(l => chunk.Contains(l.Sku)).ToListAsync(cancellationToken));
        }
        return result;
    }

    private static async Task<Dictionary<string, StoredListingScore>> ExistingAsync(SellerDb db, List<string>? skus, CancellationToken cancellationToken)
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
