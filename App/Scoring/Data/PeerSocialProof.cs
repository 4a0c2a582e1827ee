using Microsoft.EntityFrameworkCore;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Scoring.Data;

/// <summary>What a peer rating refresh did; <see cref="Note"/> is for the job summary.</summary>
public sealed record PeerProofResult(int Asked, int Updated, int Deferred, string Note);

/// <summary>
/// Fills stored peers' rating and review count from Keepa, which Catalog Items does not carry. Asks the free
/// token endpoint first and never starts a request the balance cannot pay for; it keeps the Keepa refresh's
/// reserve back and spends at most half of the rest. What cannot be paid for keeps its previous values. A Keepa failure is reported, not thrown:
/// peers stay stored, their rating stays what it was.
/// </summary>
public sealed class PeerSocialProof(KeepaConnection keepa, KeepaStatus status, IDbContextFactory<SellerDb> dbs, TimeProvider clock, ILogger<PeerSocialProof> log)
{
    public async Task<PeerProofResult> FillAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var rows = await db.ScoringPeers.ToListAsync(cancellationToken);
        var due = PeerProofPlanner.Due(rows.Select(p => new PeerProofCandidate(p.Asin, p.Position, p.SocialProofUtc)), Now());
        if (due.Count == 0)
        {
            return new PeerProofResult(0, 0, 0, rows.Count == 0 ? "no peers to rate" : "peer ratings are current");
        }
        var byAsin = rows.ToLookup(p => p.Asin, StringComparer.Ordinal);
        int asked = 0, updated = 0;
        try
        {
            if (await keepa.MissingKeyAsync(cancellationToken) is { } missing)
            {
                return new PeerProofResult(0, 0, due.Count, $"peer ratings not refreshed ({missing})");
            }
            var client = keepa.Client;
            var tokens = await client.GetTokenStatusAsync(cancellationToken);
            status.RecordTokens(tokens, Now());
            var cost = PeerProofPlanner.Options.EstimatedCostPerProduct;
            var left = tokens.TokensLeft;
            // Our own listings' history comes first: peers may take at most half of what is spendable now,
            // so a Keepa refresh running next (or at the same time) always has tokens left.
            var budget = PeerProofPlanner.Budget(left, KeepaRefresh.ReserveTokens);
            var spent = 0;
            while (asked < due.Count)
            {
                var size = Math.Min(Math.Min(due.Count - asked, KeepaTokenPlanner.MaxAsinsPerRequest),
                    Math.Min(PeerProofPlanner.Affordable(left, KeepaRefresh.ReserveTokens, cost), (budget - spent) / cost));
                if (size == 0)
                {
                    break;
                }
                var batch = due.Skip(asked).Take(size).ToList();
                var response = await client.GetProductsAsync(batch, PeerProofPlanner.Options, cancellationToken);
                status.RecordTokens(response.Tokens, Now());
                left = response.Tokens.TokensLeft;
                spent += batch.Count * cost;
                asked += batch.Count;
                updated += Apply(byAsin, response.Products, Now());
                await db.SaveChangesAsync(cancellationToken);
            }
            var deferred = due.Count - asked;
            var note = $"{updated} of {asked} peer rating(s) from Keepa";
            return new PeerProofResult(asked, updated, deferred, deferred == 0 ? note
                : $"{note}; Keepa tokens short ({left} left), {deferred} peer(s) keep their previous rating until the next run");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            log.LogWarning("Peer ratings from Keepa failed; peers keep their previous values: {Error}", ex.Message);
            return new PeerProofResult(asked, updated, due.Count - asked,
                $"peer ratings from Keepa failed ({ex.Message}); {due.Count - asked} peer(s) keep their previous rating");
        }
    }

    /// <summary>Writes what Keepa sent; a value Keepa did not send leaves the stored one as it was.</summary>
    private static int Apply(ILookup<string, StoredPeer> byAsin, IReadOnlyList<KeepaProduct> products, DateTime now)
    {
        var updated = 0;
        foreach (var product in products)
        {
            var (rating, reviews) = PeerProofPlanner.Read(product);
            if (rating is not null || reviews is not null)
            {
                updated++;
            }
            foreach (var peer in byAsin[product.Asin])
            {
                peer.RatingTenths = rating ?? peer.RatingTenths;
                peer.ReviewCount = reviews ?? peer.ReviewCount;
                peer.SocialProofUtc = now;
            }
        }
        return updated;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
