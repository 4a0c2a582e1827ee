namespace SellerConsole.Marketplace.SpApi.Models;

/// <summary>
/// getFeaturedOfferExpectedPrice for one SKU. ResultStatus: VALID_FOEP, NO_COMPETING_OFFER(S),
/// OFFER_NOT_ELIGIBLE, OFFER_NOT_FOUND, ASIN_NOT_ELIGIBLE; ExpectedPrice is set only for VALID_FOEP.
/// A failed item carries its status and Amazon's error instead.
/// </summary>
public sealed record FeaturedOfferExpectedPrice(
    string Sku,
    int StatusCode,
    string? ErrorCode,
    string? ErrorMessage,
    string? ResultStatus,
    decimal? ExpectedPrice,
    FeaturedOffer? CompetingFeaturedOffer,
    FeaturedOffer? CurrentFeaturedOffer)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>FulfillmentType is AFN or MFN.</summary>
public sealed record FeaturedOffer(
    string? SellerId,
    bool IsOurs,
    string? Condition,
    string? FulfillmentType,
    decimal? ListingPrice,
    decimal? ShippingPrice);
