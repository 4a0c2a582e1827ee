namespace SellerConsole.Marketplace.SpApi.Wire;

// Product Pricing v0 getItemOffersBatch (models/product-pricing-api-model/productPricingV0.json):
// responses[] = {status{statusCode}, body{payload | errors}, request{MarketplaceId, Asin, ItemCondition}}.

internal sealed record ItemOffersBatchWire(List<ItemOffersResponseWire>? Responses);

internal sealed record ItemOffersResponseWire(BatchStatusWire? Status, GetOffersResponseWire? Body, ItemOffersRequestParamsWire? Request);

internal sealed record ItemOffersRequestParamsWire(string? MarketplaceId, string? ItemCondition, string? Asin);

internal sealed record GetOffersResponseWire(GetOffersResultWire? Payload, List<ErrorWire>? Errors);

internal sealed record GetOffersResultWire(
    string? MarketplaceId,
    string? Asin,
    string? ItemCondition,
    string? Status,
    OffersSummaryWire? Summary,
    List<OfferDetailWire>? Offers);

internal sealed record OffersSummaryWire(
    int? TotalOfferCount,
    List<LowestPriceWire>? LowestPrices,
    List<BuyBoxPriceWire>? BuyBoxPrices,
    MoneyWire? ListPrice,
    MoneyWire? CompetitivePriceThreshold,
    List<SalesRankWire>? SalesRankings);

internal sealed record LowestPriceWire(
    string? Condition, string? FulfillmentChannel, MoneyWire? LandedPrice, MoneyWire? ListingPrice, MoneyWire? Shipping);

internal sealed record BuyBoxPriceWire(
    string? Condition, MoneyWire? LandedPrice, MoneyWire? ListingPrice, MoneyWire? Shipping, string? SellerId);

internal sealed record SalesRankWire(string? ProductCategoryId, long? Rank);

internal sealed record OfferDetailWire(
    bool? MyOffer,
    string? SubCondition,
    string? SellerId,
    SellerFeedbackWire? SellerFeedbackRating,
    ShippingTimeWire? ShippingTime,
    MoneyWire? ListingPrice,
    MoneyWire? Shipping,
    ShipsFromWire? ShipsFrom,
    bool? IsFulfilledByAmazon,
    PrimeInformationWire? PrimeInformation,
    bool? IsBuyBoxWinner,
    bool? IsFeaturedMerchant);

internal sealed record SellerFeedbackWire(double? SellerPositiveFeedbackRating, long? FeedbackCount);

internal sealed record ShippingTimeWire(int? MinimumHours, int? MaximumHours, string? AvailabilityType);

internal sealed record ShipsFromWire(string? State, string? Country);

internal sealed record PrimeInformationWire(bool? IsPrime, bool? IsNationalPrime);

// Product Pricing 2022-05-01 getFeaturedOfferExpectedPriceBatch (productPricing_2022-05-01.json).

internal sealed record FoepBatchWire(List<FoepResponseWire>? Responses);

internal sealed record FoepResponseWire(FoepRequestWire? Request, BatchStatusWire? Status, FoepBodyWire? Body);

internal sealed record FoepRequestWire(string? MarketplaceId, string? Sku);

internal sealed record FoepBodyWire(OfferIdentifierWire? OfferIdentifier, List<FoepResultWire>? FeaturedOfferExpectedPriceResults, List<ErrorWire>? Errors);

internal sealed record OfferIdentifierWire(string? MarketplaceId, string? SellerId, string? Sku, string? Asin, string? FulfillmentType);

internal sealed record FoepResultWire(
    FoepPriceWire? FeaturedOfferExpectedPrice, string? ResultStatus, FeaturedOfferWire? CompetingFeaturedOffer, FeaturedOfferWire? CurrentFeaturedOffer);

internal sealed record FoepPriceWire(MoneyWire? ListingPrice);

internal sealed record FeaturedOfferWire(OfferIdentifierWire? OfferIdentifier, string? Condition, FeaturedPriceWire? Price);

internal sealed record FeaturedPriceWire(MoneyWire? ListingPrice, MoneyWire? ShippingPrice);
