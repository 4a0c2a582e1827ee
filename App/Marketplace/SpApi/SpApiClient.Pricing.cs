using System.Text.Json;
using System.Text.Json.Nodes;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

public sealed partial class SpApiClient
{
    private const int ItemOffersPerBatch = 20;
    private const int FeaturedOfferPricesPerBatch = 40;

    /// <summary>
    /// getItemOffersBatch (New condition, consumers), 20 ASINs per call. One result per distinct
    /// ASIN, in order; an ASIN Amazon rejects (400, 404) comes back with its error, not as an exception.
    /// </summary>
    public Task<IReadOnlyList<ItemOffers>> GetItemOffersBatchAsync(IEnumerable<string> asins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asins);
        return RunBatchAsync(SpApiOperation.GetItemOffersBatch, asins, ItemOffersPerBatch, SendItemOffersAsync, OffersMapper.Failure, cancellationToken);
    }

    /// <summary>getFeaturedOfferExpectedPriceBatch, 40 SKUs per call; one result per distinct SKU, in order.</summary>
    public async Task<IReadOnlyList<FeaturedOfferExpectedPrice>> GetFeaturedOfferExpectedPriceBatchAsync(
        IEnumerable<string> skus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(skus);
        var sellerId = await SellerIdAsync(cancellationToken).ConfigureAwait(false);
        return await RunBatchAsync(SpApiOperation.GetFeaturedOfferExpectedPriceBatch, skus, FeaturedOfferPricesPerBatch,
            (chunk, ct) => SendFeaturedOfferPricesAsync(chunk, sellerId, ct), FeaturedOfferMapper.Failure, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<BatchItem<ItemOffers>>> SendItemOffersAsync(IReadOnlyList<string> asins, CancellationToken cancellationToken)
    {
        var requests = new JsonArray([.. asins.Select(asin => (JsonNode)new JsonObject
        {
            ["uri"] = $"/products/pricing/v0/items/{SpApiRequest.Segment(asin)}/offers",
            ["method"] = "GET",
            ["MarketplaceId"] = _options.MarketplaceId,
            ["ItemCondition"] = "New",
            ["CustomerType"] = "Consumer",
        })]);
        var operation = SpApiOperation.GetItemOffersBatch;
        var request = SpApiRequest.WithJson(HttpMethod.Post, "/batches/products/pricing/v0/itemOffers",
            JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["requests"] = requests }));
        var response = await SendExpectingSuccessAsync(operation, request, cancellationToken).ConfigureAwait(false);
        var answers = SpApiJson.Read<ItemOffersBatchWire>(operation, response.Body).Responses ?? [];
        // Answers come in request order; the echoed request (or payload ASIN) is preferred when present.
        return [.. answers.Select((a, i) =>
        {
            var asin = a.Request?.Asin ?? a.Body?.Payload?.Asin ?? (i < asins.Count ? asins[i] : "");
            var status = a.Status?.StatusCode ?? 500;
            return new BatchItem<ItemOffers>(asin, status,
                status is >= 200 and < 300 ? OffersMapper.Success(asin, status, a.Body?.Payload) : null, a.Body?.Errors?.FirstOrDefault());
        })];
    }

    private async Task<IReadOnlyList<BatchItem<FeaturedOfferExpectedPrice>>> SendFeaturedOfferPricesAsync(
        IReadOnlyList<string> skus, string sellerId, CancellationToken cancellationToken)
    {
        var requests = new JsonArray([.. skus.Select(sku => (JsonNode)new JsonObject
        {
            ["uri"] = "/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice",
            ["method"] = "GET",
            ["marketplaceId"] = _options.MarketplaceId,
            ["sku"] = sku,
        })]);
        var operation = SpApiOperation.GetFeaturedOfferExpectedPriceBatch;
        var request = SpApiRequest.WithJson(HttpMethod.Post, "/batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice",
            JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["requests"] = requests }));
        var response = await SendExpectingSuccessAsync(operation, request, cancellationToken).ConfigureAwait(false);
        var answers = SpApiJson.Read<FoepBatchWire>(operation, response.Body).Responses ?? [];
        return [.. answers.Select((a, i) =>
        {
            var sku = a.Request?.Sku ?? a.Body?.OfferIdentifier?.Sku ?? (i < skus.Count ? skus[i] : "");
            var status = a.Status?.StatusCode ?? 500;
            return new BatchItem<FeaturedOfferExpectedPrice>(sku, status,
                status is >= 200 and < 300 ? FeaturedOfferMapper.Success(sku, status, a.Body, sellerId) : null, a.Body?.Errors?.FirstOrDefault());
        })];
    }
}
