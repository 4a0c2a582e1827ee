using SellerConsole.Jobs;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Scoring.Data;

/// <summary>
/// The Catalog Items reads scoring needs, through searchCatalogItems (2 requests/second; the client paces
/// itself to the plan): browse categories of ASINs, 20 to a call, and a category's top-ranked competitors.
/// </summary>
internal static class PeerCatalog
{
    /// <summary>Keyword search is not ordered by rank, so read this many pages and rank them ourselves.</summary>
    public const int MaxPages = 3;

    private const string CategoryData = "summaries,classifications";

    /// <summary>Each ASIN's browse classification, for the ASINs Amazon classifies.</summary>
    public static async Task<Dictionary<string, CatalogClassification>> BrowseNodesAsync(
        SpApiClient client, IReadOnlyList<string> asins, JobContext? context, CancellationToken cancellationToken)
    {
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
        return browse;
    }

    /// <summary>Up to <paramref name="keep"/> ranked competitors of the category, best first, none of ours.</summary>
    public static async Task<List<(CatalogItem Item, int Rank)>> TopPeersAsync(
        SpApiClient client, string category, string? classificationId, IReadOnlySet<string> ours, int keep, CancellationToken cancellationToken)
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
            if (token is null || found.Count >= keep)
            {
                break;
            }
        }
        return [.. found.Values.OrderBy(p => p.Rank).ThenBy(p => p.Item.Asin, StringComparer.Ordinal).Take(keep)];
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
}
