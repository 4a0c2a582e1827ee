using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

public sealed partial class SpApiClient
{
    private const string CatalogData = "attributes,classifications,images,salesRanks,summaries,dimensions,identifiers";

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
}
