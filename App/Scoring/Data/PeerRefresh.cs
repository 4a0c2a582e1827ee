using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Scoring.Data;

public sealed record PeerRefreshResult(int Listings, int CategoriesChanged, int Categories, int Peers);

/// <summary>
/// Fills each listing's browse category and snapshots each category's top-ranked competitors, both from
/// Catalog Items searchCatalogItems (2 requests/second; the client paces itself to the plan): ASINs go 20
/// to a call, and each category is read a page of 20 at a time until enough competitors are found.
/// </summary>
public sealed class PeerRefresh(MarketplaceConnection market, IDbContextFactory<SellerDb> dbs, TimeProvider clock, ILogger<PeerRefresh> log)
{
    /// <summary>Peers kept per category: the scorer's PeerCount may be raised up to this without a refetch.</summary>
    public const int PeersKept = 20;

    /// <summary>Keyword search is not ordered by rank, so read this many pages and rank them ourselves.</summary>
    public const int MaxPages = 3;

    private const string CategoryData = "summaries,classifications";

    public async Task<PeerRefreshResult> RefreshAsync(JobContext? context, CancellationToken cancellationToken)
    {
        var client = market.SpApi;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var listings = await db.Listings.Where(l => l.Status != "Deleted" && l.Asin != "").OrderBy(l => l.Sku).ToListAsync(cancellationToken);
        var ours = listings.Select(l => l.Asin).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var asins = ours.Order(StringComparer.Ordinal).ToList();
        var batches = asins.Chunk(SpApiClient.CatalogSearchMaxTerms).ToList();
        var browse = new Dictionary<string, CatalogClassification>(StringComparer.OrdinalIgnoreCase);
        for (var b = 0; b < batches.Count; b++)
        {
            context?.ReportProgress(b, batches.Count + 1, $"Categories: {b * SpApiClient.CatalogSearchMaxTerms} of {asins.Count} ASINs");
            foreach (var item in await client.SearchCatalogItemsByAsinAsync(batches[b], CategoryData, cancellationToken))
            {
                if (item.BrowseClassification is { Name.Length: > 0 } node)
                {
                    browse[item.Asin] = node;
                }
            }
        }
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

        var categories = listings.Where(l => l.Category is not null)
            .GroupBy(l => l.Category!, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Id: g.Select(l => browse.GetValueOrDefault(l.Asin)?.Id).FirstOrDefault(id => id is not null)))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var peers = 0;
        for (var c = 0; c < categories.Count; c++)
        {
            context?.ReportProgress(c, categories.Count, $"Peers of {categories[c].Name}");
            var top = await TopPeersAsync(client, categories[c].Name, categories[c].Id, ours, cancellationToken);
            await ReplaceAsync(db, categories[c].Name, categories[c].Id, top, cancellationToken);
            peers += top.Count;
        }
        var inUse = categories.Select(c => c.Name).ToList();
        await db.ScoringPeers.Where(p => !inUse.Contains(p.Category)).ExecuteDeleteAsync(cancellationToken);
        log.LogInformation("Scoring peers: {Changed} listing categories changed, {Peers} peers in {Categories} categories", changed, peers, categories.Count);
        return new PeerRefreshResult(listings.Count, changed, categories.Count, peers);
    }

    private static async Task<List<(CatalogItem Item, int Rank)>> TopPeersAsync(
        SpApiClient client, string category, string? classificationId, HashSet<string> ours, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, (CatalogItem Item, int Rank)>(StringComparer.OrdinalIgnoreCase);
        string? token = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await client.SearchCatalogItemsAsync(
                [category], classificationId is null ? null : [classificationId], SpApiClient.CatalogSearchMaxTerms, token, cancellationToken: cancellationToken);
            foreach (var item in result.Items.Where(i => !ours.Contains(i.Asin)))
            {
                if (Rank(item, classificationId) is { } rank)
                {
                    found.TryAdd(item.Asin, (item, rank));
                }
            }
            token = result.NextToken;
            if (token is null || found.Count >= PeersKept)
            {
                break;
            }
        }
        return [.. found.Values.OrderBy(p => p.Rank).ThenBy(p => p.Item.Asin, StringComparer.Ordinal).Take(PeersKept)];
    }

    /// <summary>The rank in the category's own node when Amazon gives it, else the best display-group rank.</summary>
    private static int? Rank(CatalogItem item, string? classificationId)
    {
        var inNode = item.SalesRanks.FirstOrDefault(r => r.Kind == SalesRankKind.Classification && r.Id == classificationId);
        if (inNode is not null)
        {
            return inNode.Rank;
        }
        var group = item.SalesRanks.Where(r => r.Kind == SalesRankKind.DisplayGroup && r.Rank > 0).Select(r => (int?)r.Rank).Min();
        return group ?? item.BestSalesRank;
    }

    private async Task ReplaceAsync(SellerDb db, string category, string? classificationId, List<(CatalogItem Item, int Rank)> top, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ScoringPeers.Where(p => p.Category == category).ExecuteDeleteAsync(cancellationToken);
        db.ScoringPeers.AddRange(top.Select((p, i) => new StoredPeer
        {
            Category = category,
            ClassificationId = classificationId,
            Position = i,
            Asin = p.Item.Asin,
            SalesRank = p.Rank,
            ContentJson = ScoringJson.Write(ListingContentMapper.FromCatalogItem(p.Item, category)),
            FetchedUtc = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
