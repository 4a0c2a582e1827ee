using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Scoring.Data;

public sealed record PeerRefreshResult(int Listings, int CategoriesChanged, int Categories, int Peers, PeerProofResult SocialProof);

/// <summary>What categorising new listings did: the listings that got a category and the categories whose peers were fetched.</summary>
public sealed record NewListingsResult(IReadOnlyList<string> CategorisedSkus, IReadOnlyList<string> Unclassified, int NewCategories, int Peers, PeerProofResult? SocialProof);

/// <summary>
/// Fills listings' browse categories and snapshots each category's top-ranked competitors from Catalog Items
/// (<see cref="PeerCatalog"/>), then their ratings and review counts from Keepa (<see cref="PeerSocialProof"/>).
/// The nightly refresh and the categorising of new listings share one gate: both write the same peer rows.
/// </summary>
public sealed class PeerRefresh(MarketplaceConnection market, PeerSocialProof socialProof, IDbContextFactory<SellerDb> dbs, TimeProvider clock, ILogger<PeerRefresh> log)
{
    /// <summary>Peers kept per category: the scorer's PeerCount may be raised up to this without a refetch.</summary>
    public const int PeersKept = 20;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Every listing's category, every category's peers, then peer ratings within the Keepa balance.</summary>
    public async Task<PeerRefreshResult> RefreshAsync(JobContext? context, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await RefreshLockedAsync(context, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Categories for listings that have none (ASINs in <paramref name="skip"/> are left alone), and peers for any of
    /// their categories not stored yet, with their Keepa ratings when such categories were added.
    /// </summary>
    public async Task<NewListingsResult> CategoriseNewAsync(IReadOnlySet<string> skip, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            var uncategorised = await Live(db).Where(l => l.Category == null).OrderBy(l => l.Sku).ToListAsync(cancellationToken);
            var asins = uncategorised.Select(l => l.Asin).Where(a => !skip.Contains(a)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            if (asins.Count == 0)
            {
                return new NewListingsResult([], [], 0, 0, null);
            }
            var client = market.SpApi;
            var browse = await PeerCatalog.BrowseNodesAsync(client, asins, null, cancellationToken);
            var categorised = uncategorised.Where(l => browse.ContainsKey(l.Asin)).ToList();
            foreach (var listing in categorised)
            {
                listing.Category = Truncate(browse[listing.Asin].Name, 200);
            }
            await db.SaveChangesAsync(cancellationToken);

            var stored = await db.ScoringPeers.Select(p => p.Category).Distinct().ToListAsync(cancellationToken);
            var missing = Categories(categorised, browse).Where(c => !stored.Contains(c.Name)).ToList();
            var ours = (await Live(db).Select(l => l.Asin).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var peers = 0;
            foreach (var (name, id) in missing)
            {
                var top = await PeerCatalog.TopPeersAsync(client, name, id, ours, PeersKept, cancellationToken);
                await PeerRows.ReplaceAsync(db, name, id, top, Now(), cancellationToken);
                peers += top.Count;
            }
            var proof = missing.Count > 0 ? await socialProof.FillAsync(cancellationToken) : null;
            log.LogInformation("New listings: {Categorised} of {Asked} ASINs categorised, {Categories} new categories with {Peers} peers; {Proof}",
                categorised.Count, asins.Count, missing.Count, peers, proof?.Note ?? "no new peers to rate");
            return new NewListingsResult([.. categorised.Select(l => l.Sku)], [.. asins.Where(a => !browse.ContainsKey(a))], missing.Count, peers, proof);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<PeerRefreshResult> RefreshLockedAsync(JobContext? context, CancellationToken cancellationToken)
    {
        var client = market.SpApi;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var listings = await Live(db).OrderBy(l => l.Sku).ToListAsync(cancellationToken);
        var ours = listings.Select(l => l.Asin).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var browse = await PeerCatalog.BrowseNodesAsync(client, [.. ours.Order(StringComparer.Ordinal)], context, cancellationToken);
        var changed = 0;
        foreach (var listing in listings)
        {
            if (browse.TryGetValue(listing.Asin, out var node) && listing.Category != node.Name)
            {
                listing.Category = Truncate(node.Name, 200);
                changed++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        var categories = Categories(listings, browse);
        var peers = 0;
        for (var c = 0; c < categories.Count; c++)
        {
            context?.ReportProgress(c, categories.Count, $"Peers of {categories[c].Name}");
            var top = await PeerCatalog.TopPeersAsync(client, categories[c].Name, categories[c].Id, ours, PeersKept, cancellationToken);
            await PeerRows.ReplaceAsync(db, categories[c].Name, categories[c].Id, top, Now(), cancellationToken);
            peers += top.Count;
        }
        var inUse = categories.Select(c => c.Name).ToList();
        await db.ScoringPeers.Where(p => !inUse.Contains(p.Category)).ExecuteDeleteAsync(cancellationToken);
        context?.ReportProgress(categories.Count, categories.Count, "Peer ratings from Keepa");
        var proof = await socialProof.FillAsync(cancellationToken);
        log.LogInformation("Scoring peers: {Changed} listing categories changed, {Peers} peers in {Categories} categories; {Proof}",
            changed, peers, categories.Count, proof.Note);
        return new PeerRefreshResult(listings.Count, changed, categories.Count, peers, proof);
    }

    /// <summary>The categories in use, each with the classification id Amazon gave one of its listings.</summary>
    private static List<(string Name, string? Id)> Categories(IEnumerable<Listing> listings, Dictionary<string, CatalogClassification> browse) =>
        [.. listings.Where(l => l.Category is not null)
            .GroupBy(l => l.Category!, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Id: g.Select(l => browse.GetValueOrDefault(l.Asin)?.Id).FirstOrDefault(id => id is not null)))
            .OrderBy(c => c.Name, StringComparer.Ordinal)];

    private static IQueryable<Listing> Live(SellerDb db) => db.Listings.Where(l => l.Status != "Deleted" && l.Asin != "");

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
