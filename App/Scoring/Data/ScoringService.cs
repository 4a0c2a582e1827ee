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
            : await ScoreRows.LoadAsync(listings, wanted, cancellationToken);

        var prepared = peers.ToDictionary(p => p.Key, p => PeerSet.Prepare(p.Value, config.Settings), StringComparer.Ordinal);
        var cards = new ScoreCard[loaded.Count];
        // Pure and thread-safe, so the CPU part uses every core; the writes below stay on one connection.
        Parallel.For(0, loaded.Count, i => cards[i] = ListingScorer.Score(
            ListingContentMapper.FromListing(loaded[i], config.UnknownAPlusIsAbsent),
            loaded[i].Category is { } c && prepared.TryGetValue(c, out var set) ? set : PeerSet.Empty,
            config.Settings));

        var scoredSkus = loaded.Select(l => l.Sku).ToList();
        var existing = await ScoreRows.ExistingAsync(db, wanted is null ? null : scoredSkus, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<ScoreChange>();
        var dropped = new List<(ScoreChange Change, ScoreCard Card)>();
        for (var i = 0; i < loaded.Count; i++)
        {
            var change = ScoreRows.Apply(db, existing, loaded[i].Sku, cards[i], now);
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
        SellerConsole.Operations.SellerMetrics.Scored(cards.Length);
        return new RescoreResult(loaded.Count, changes, dropped.Count);
    }
}
