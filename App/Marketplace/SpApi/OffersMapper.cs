using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>getItemOffers payloads (inside a batch) to <see cref="ItemOffers"/>.</summary>
internal static class OffersMapper
{
    public static ItemOffers Success(string asin, int status, GetOffersResultWire? payload) =>
        new(asin, status, null, null, payload?.Status, Summary(payload?.Summary), [.. (payload?.Offers ?? []).Select(Offer)]);

    public static ItemOffers Failure(string asin, int status, ErrorWire? error) =>
        new(asin, status, error?.Code, error?.Message, null, null, []);

    private static OfferSummary? Summary(OffersSummaryWire? summary)
    {
        if (summary is null)
        {
            return null;
        }
        var buyBoxes = (summary.BuyBoxPrices ?? []).Select(b => new BuyBoxPrice(
            b.Condition, Landed(b.LandedPrice, b.ListingPrice, b.Shipping), b.ListingPrice?.Amount, b.Shipping?.Amount, b.SellerId)).ToList();
        return new OfferSummary(
            summary.TotalOfferCount ?? 0,
            buyBoxes.FirstOrDefault(b => string.Equals(b.Condition, "new", StringComparison.OrdinalIgnoreCase)) ?? buyBoxes.FirstOrDefault(),
            [.. (summary.LowestPrices ?? []).Select(l => new LowestPrice(
                l.Condition, l.FulfillmentChannel, Landed(l.LandedPrice, l.ListingPrice, l.Shipping), l.ListingPrice?.Amount, l.Shipping?.Amount))],
            [.. (summary.SalesRankings ?? []).Where(r => r.ProductCategoryId is not null && r.Rank is not null)
                .Select(r => new SalesRank(r.ProductCategoryId!, r.Rank!.Value))],
            summary.ListPrice?.Amount,
            summary.CompetitivePriceThreshold?.Amount);
    }

    private static ItemOffer Offer(OfferDetailWire o) => new(
        o.SellerId,
        o.MyOffer ?? false,
        o.IsBuyBoxWinner ?? false,
        o.IsFeaturedMerchant ?? false,
        o.IsFulfilledByAmazon ?? false,
        o.PrimeInformation?.IsPrime ?? false,
        o.SubCondition,
        o.ListingPrice?.Amount,
        o.Shipping?.Amount,
        Landed(null, o.ListingPrice, o.Shipping),
        o.ShippingTime?.MinimumHours,
        o.ShippingTime?.MaximumHours,
        o.ShippingTime?.AvailabilityType,
        o.SellerFeedbackRating?.SellerPositiveFeedbackRating,
        o.SellerFeedbackRating?.FeedbackCount,
        o.ShipsFrom?.Country);

    private static decimal? Landed(MoneyWire? landed, MoneyWire? listing, MoneyWire? shipping) =>
        landed?.Amount ?? (listing?.Amount is { } price ? price + (shipping?.Amount ?? 0) : null);
}

/// <summary>getFeaturedOfferExpectedPrice results to <see cref="FeaturedOfferExpectedPrice"/>.</summary>
internal static class FeaturedOfferMapper
{
    public static FeaturedOfferExpectedPrice Success(string sku, int status, FoepBodyWire? body, string ourSellerId)
    {
        var result = body?.FeaturedOfferExpectedPriceResults?.FirstOrDefault();
        var us = body?.OfferIdentifier?.SellerId ?? ourSellerId;
        return new FeaturedOfferExpectedPrice(
            sku, status, null, null, result?.ResultStatus,
            result?.FeaturedOfferExpectedPrice?.ListingPrice?.Amount,
            Offer(result?.CompetingFeaturedOffer, us, ourSellerId),
            Offer(result?.CurrentFeaturedOffer, us, ourSellerId));
    }

    public static FeaturedOfferExpectedPrice Failure(string sku, int status, ErrorWire? error) =>
        new(sku, status, error?.Code, error?.Message, null, null, null, null);

    private static FeaturedOffer? Offer(FeaturedOfferWire? offer, string us, string ourSellerId) => offer is null ? null : new(
        offer.OfferIdentifier?.SellerId,
        offer.OfferIdentifier?.SellerId is { } seller && (seller == us || seller == ourSellerId),
        offer.Condition,
        offer.OfferIdentifier?.FulfillmentType,
        offer.Price?.ListingPrice?.Amount,
        offer.Price?.ShippingPrice?.Amount);
}
