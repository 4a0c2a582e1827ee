using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>getListingsItem wire JSON to <see cref="ListingItem"/>, for one marketplace.</summary>
internal static class ListingMapper
{
    public static ListingItem Map(ListingItemWire wire, string requestedSku, string marketplaceId)
    {
        var summary = wire.Summaries?.FirstOrDefault(s => s.MarketplaceId == marketplaceId) ?? wire.Summaries?.FirstOrDefault();
        var attributes = wire.Attributes;
        var offer = ListingAttributes.Offer(attributes, marketplaceId);
        var image = summary?.MainImage is { Link: { } link } main ? new ListingImage(link, main.Width ?? 0, main.Height ?? 0) : null;
        var content = new ListingContent(
            ListingAttributes.First(attributes, "item_name", marketplaceId) ?? summary?.ItemName,
            ListingAttributes.First(attributes, "brand", marketplaceId),
            ListingAttributes.Values(attributes, "bullet_point", marketplaceId),
            ListingAttributes.First(attributes, "product_description", marketplaceId),
            JoinOrNull(ListingAttributes.Values(attributes, "generic_keyword", marketplaceId)),
            ListingAttributes.ImageUrls(attributes, marketplaceId));
        return new ListingItem(
            wire.Sku ?? requestedSku,
            summary?.Asin,
            summary?.ProductType,
            summary?.ConditionType,
            summary?.Status ?? [],
            summary?.ItemName,
            summary?.CreatedDate?.UtcDateTime,
            summary?.LastUpdatedDate?.UtcDateTime,
            image,
            ListingAttributes.ScheduledPrice(offer, "our_price") ?? OfferPrice(wire, marketplaceId),
            ListingAttributes.ScheduledPrice(offer, "minimum_seller_allowed_price"),
            Quantity(wire.FulfillmentAvailability),
            MapIssues(wire.Issues),
            content);
    }

    public static IReadOnlyList<ListingIssue> MapIssues(IEnumerable<ListingIssueWire>? issues) =>
        [.. (issues ?? []).Select(i => new ListingIssue(
            i.Code ?? "",
            i.Message ?? "",
            i.Severity ?? "",
            i.Categories ?? [],
            i.AttributeNames ?? [],
            [.. (i.Enforcements?.Actions ?? []).Select(a => a.Action).Where(a => a is not null).Select(a => a!)]))];

    // The offers data set, for listings whose attributes lack a purchasable_offer (B2C, audience ALL).
    private static decimal? OfferPrice(ListingItemWire wire, string marketplaceId) =>
        wire.Offers?.FirstOrDefault(o => o.MarketplaceId == marketplaceId && o.OfferType is null or "B2C"
            && (o.Audience?.Value is null or "ALL"))?.Price?.Amount;

    // FBM stock sits in the DEFAULT channel; AFN channels report their own quantities.
    private static int? Quantity(List<FulfillmentAvailabilityWire>? availability) =>
        availability?.FirstOrDefault(a => a.FulfillmentChannelCode == "DEFAULT")?.Quantity
        ?? availability?.FirstOrDefault(a => a.Quantity is not null)?.Quantity;

    private static string? JoinOrNull(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(" ", values);
}
