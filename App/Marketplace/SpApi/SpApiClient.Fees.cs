using System.Text.Json;
using System.Text.Json.Nodes;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

public sealed partial class SpApiClient
{
    /// <summary>getMyFeesEstimateForSKU for a merchant-fulfilled sale at <paramref name="price"/> plus <paramref name="shipping"/> (GBP, VAT-inclusive).</summary>
    public async Task<FeesEstimate> GetFeesEstimateAsync(
        string sku, decimal price, decimal shipping, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        ArgumentOutOfRangeException.ThrowIfNegative(price, nameof(price));
        ArgumentOutOfRangeException.ThrowIfNegative(shipping, nameof(shipping));
        var body = new JsonObject
        {
            ["FeesEstimateRequest"] = new JsonObject
            {
                ["MarketplaceId"] = _options.MarketplaceId,
                ["IsAmazonFulfilled"] = false,
                ["PriceToEstimateFees"] = new JsonObject
                {
                    ["ListingPrice"] = MoneyJson(price),
                    ["Shipping"] = MoneyJson(shipping),
                },
                ["Identifier"] = sku,
            },
        };
        var operation = SpApiOperation.GetMyFeesEstimateForSku;
        var request = SpApiRequest.WithJson(HttpMethod.Post, $"/products/fees/v0/listings/{SpApiRequest.Segment(sku)}/feesEstimate",
            JsonSerializer.SerializeToUtf8Bytes(body));
        var response = await SendExpectingSuccessAsync(operation, request, cancellationToken).ConfigureAwait(false);
        var result = SpApiJson.Read<FeesEstimateResponseWire>(operation, response.Body).Payload?.FeesEstimateResult;
        if (result is not { Status: "Success", FeesEstimate: { } estimate })
        {
            // The call succeeded but the estimate did not (e.g. ClientError InvalidParameterValue).
            throw _errors.Create(operation, response.Status, result?.Error?.Code, result?.Error?.Message,
                $"SP-API {operation.Name} could not estimate fees for '{sku}': {result?.Status ?? "no result"}"
                + (result?.Error is { } error ? $" {error.Code}: {error.Message}" : ""));
        }
        var lines = (estimate.FeeDetailList ?? []).Select(f => new FeeLine(
            f.FeeType ?? "",
            f.FeeAmount?.Amount,
            f.FeePromotion?.Amount,
            f.TaxAmount?.Amount,
            f.FinalFee?.Amount ?? (f.FeeAmount?.Amount ?? 0) - (f.FeePromotion?.Amount ?? 0) + (f.TaxAmount?.Amount ?? 0))).ToList();
        return new FeesEstimate(sku, price, shipping, estimate.TotalFeesEstimate?.Amount ?? lines.Sum(l => l.Final), lines);
    }

    private JsonObject MoneyJson(decimal amount) => new() { ["CurrencyCode"] = _options.CurrencyCode, ["Amount"] = amount };
}
