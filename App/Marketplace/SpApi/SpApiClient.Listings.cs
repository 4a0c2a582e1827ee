using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

public sealed partial class SpApiClient
{
    private const string FullListingData = "summaries,attributes,issues,offers,fulfillmentAvailability";

    /// <summary>getListingsItem with summaries, attributes, issues, offers and fulfilment availability; null when Amazon has no such SKU.</summary>
    public async Task<ListingItem?> GetListingAsync(string sku, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        var wire = await FetchListingAsync(sku, FullListingData, cancellationToken).ConfigureAwait(false);
        return wire is null ? null : ListingMapper.Map(wire, sku, _options.MarketplaceId);
    }

    /// <summary>
    /// Sets our VAT-inclusive price (audience ALL) by patching purchasable_offer: the current offer is
    /// copied whole and only our_price changes. <paramref name="validateOnly"/> sends mode=VALIDATION_PREVIEW
    /// (nothing is saved; the status is VALID or INVALID).
    /// </summary>
    public async Task<PriceUpdateResult> UpdatePriceAsync(
        string sku, decimal newPrice, bool validateOnly, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(newPrice, 0m, nameof(newPrice));
        var current = await FetchListingAsync(sku, "summaries,attributes", cancellationToken).ConfigureAwait(false)
            ?? throw new SpApiException(SpApiOperation.GetListingsItem.Name, 404, "NOT_FOUND", null,
                $"SP-API has no listing '{sku}' to reprice");
        var productType = (current.Summaries?.FirstOrDefault(s => s.MarketplaceId == _options.MarketplaceId)
                ?? current.Summaries?.FirstOrDefault())?.ProductType
            ?? throw new SpApiException(SpApiOperation.GetListingsItem.Name, 200, null, null,
                $"SP-API listing '{sku}' has no productType in its summary; the price patch needs one");
        var offer = PurchasableOfferEditor.PriceOnly(
            ListingAttributes.Offer(current.Attributes, _options.MarketplaceId), _options.MarketplaceId, _options.CurrencyCode, Shared.Money.Round(newPrice));
        var request = SpApiRequest.WithJson(HttpMethod.Patch, ListingPath(await SellerIdAsync(cancellationToken).ConfigureAwait(false), sku),
            PurchasableOfferEditor.PatchBody(productType, offer),
            ("marketplaceIds", _options.MarketplaceId), ("includedData", "issues"),
            ("mode", validateOnly ? "VALIDATION_PREVIEW" : null), ("issueLocale", _options.IssueLocale));
        var operation = SpApiOperation.PatchListingsItem;
        var response = await SendExpectingSuccessAsync(operation, request, cancellationToken).ConfigureAwait(false);
        var submission = SpApiJson.Read<ListingSubmissionWire>(operation, response.Body);
        var status = submission.Status switch
        {
            "ACCEPTED" => ListingSubmissionStatus.Accepted,
            "INVALID" => ListingSubmissionStatus.Invalid,
            "VALID" => ListingSubmissionStatus.Valid,
            var other => throw new SpApiException(operation.Name, response.Status, null, null,
                $"SP-API {operation.Name} answered an unknown submission status '{other}'"),
        };
        return new PriceUpdateResult(submission.Sku ?? sku, status, submission.SubmissionId, ListingMapper.MapIssues(submission.Issues));
    }

    private async Task<ListingItemWire?> FetchListingAsync(string sku, string includedData, CancellationToken cancellationToken)
    {
        var request = SpApiRequest.Get(ListingPath(await SellerIdAsync(cancellationToken).ConfigureAwait(false), sku),
            ("marketplaceIds", _options.MarketplaceId), ("includedData", includedData), ("issueLocale", _options.IssueLocale));
        var operation = SpApiOperation.GetListingsItem;
        var response = await SendExpectingSuccessAsync(operation, request, cancellationToken, notFoundIsAnswer: true).ConfigureAwait(false);
        return response.Status == 404 ? null : SpApiJson.Read<ListingItemWire>(operation, response.Body);
    }

    private static string ListingPath(string sellerId, string sku) =>
        $"/listings/2021-08-01/items/{SpApiRequest.Segment(sellerId)}/{SpApiRequest.Segment(sku)}";
}
