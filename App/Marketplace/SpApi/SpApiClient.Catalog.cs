using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

public sealed partial class SpApiClient
{
    private const string CatalogData = "attributes,classifications,images,salesRanks,summaries,dimensions,identifiers";

    /// <summary>The data sets a listing benchmark reads: content, browse node, rank and images (no dimensions or identifiers).</summary>
    public const string CatalogContentData = "summaries,attributes,salesRanks,images,classifications";

    /// <summary>searchCatalogItems takes at most 20 identifiers or keywords and returns at most 20 items a page.</summary>
    public const int CatalogSearchMaxTerms = 20;

    /// <summary>getCatalogItem (Catalog Items 2022-04-01) for amazon.co.uk; null when the ASIN is unknown there.</summary>
    public async Task<CatalogItem?> GetCatalogItemAsync(string asin, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(asin);
        var operation = SpApiOperation.GetCatalogItem;
        var request = SpApiRequest.Get($"/catalog/2022-04-01/items/{SpApiRequest.Segment(asin)}",
            ("marketplaceIds", _options.MarketplaceId), ("includedData", CatalogData));
        var response = await SendExpectingSuccessAsync(operation, request, cancellationToken, notFoundIsAnswer: true).ConfigureAwait(false);
        return response.Status == 404
            ? null
            : CatalogMapper.Map(SpApiJson.Read<CatalogItemWire>(operation, response.Body), asin, _options.MarketplaceId);
    }

    /// <summary>
    /// searchCatalogItems by up to 20 ASINs (one call instead of one getCatalogItem per ASIN: 20 times fewer
    /// requests against the same 2 requests/second plan). Unknown ASINs are simply absent from the result.
    /// </summary>
    public async Task<IReadOnlyList<CatalogItem>> SearchCatalogItemsByAsinAsync(
        IReadOnlyCollection<string> asins, string includedData = CatalogContentData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asins);
        if (asins.Count is 0 or > CatalogSearchMaxTerms)
        {
            throw new ArgumentOutOfRangeException(nameof(asins), $"Search by 1 to {CatalogSearchMaxTerms} ASINs at a time.");
        }
        var page = await SearchAsync(
            [("identifiers", string.Join(',', asins)), ("identifiersType", "ASIN"), ("includedData", includedData),
             ("pageSize", CatalogSearchMaxTerms.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            cancellationToken).ConfigureAwait(false);
        return page.Items;
    }

    /// <summary>
    /// searchCatalogItems by keywords, optionally within browse nodes (classificationIds), one page at a time:
    /// pass the previous page's <see cref="CatalogSearchPage.NextToken"/> to read on.
    /// </summary>
    public Task<CatalogSearchPage> SearchCatalogItemsAsync(
        IReadOnlyCollection<string> keywords, IReadOnlyCollection<string>? classificationIds = null, int pageSize = CatalogSearchMaxTerms,
        string? pageToken = null, string includedData = CatalogContentData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        if (keywords.Count is 0 or > CatalogSearchMaxTerms || keywords.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentOutOfRangeException(nameof(keywords), $"Search by 1 to {CatalogSearchMaxTerms} non-blank keywords.");
        }
        if (pageSize is < 1 or > CatalogSearchMaxTerms)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), $"pageSize must be 1..{CatalogSearchMaxTerms}.");
        }
        return SearchAsync(
            [("keywords", string.Join(',', keywords)),
             ("classificationIds", classificationIds is { Count: > 0 } ids ? string.Join(',', ids) : null),
             ("includedData", includedData), ("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             ("pageToken", pageToken)],
            cancellationToken);
    }

    private async Task<CatalogSearchPage> SearchAsync((string Name, string? Value)[] query, CancellationToken cancellationToken)
    {
        var operation = SpApiOperation.SearchCatalogItems;
        var request = SpApiRequest.Get("/catalog/2022-04-01/items", [("marketplaceIds", _options.MarketplaceId), .. query]);
        var response = await SendExpectingSuccessAsync(operation, request, cancellationToken).ConfigureAwait(false);
        return CatalogMapper.MapSearch(SpApiJson.Read<CatalogSearchWire>(operation, response.Body), _options.MarketplaceId);
    }
}
