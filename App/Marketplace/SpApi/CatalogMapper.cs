using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>getCatalogItem wire JSON to <see cref="CatalogItem"/>, keeping the one marketplace's entries.</summary>
internal static class CatalogMapper
{
    public static CatalogItem Map(CatalogItemWire wire, string requestedAsin, string marketplaceId)
    {
        var summary = For(wire.Summaries, s => s.MarketplaceId, marketplaceId);
        var ranks = For(wire.SalesRanks, r => r.MarketplaceId, marketplaceId);
        var dimensions = For(wire.Dimensions, d => d.MarketplaceId, marketplaceId);
        var browse = summary?.BrowseClassification
            ?? For(wire.Classifications, c => c.MarketplaceId, marketplaceId)?.Classifications?.FirstOrDefault();
        return new CatalogItem(
            wire.Asin ?? requestedAsin,
            summary?.ItemName ?? ListingAttributes.First(wire.Attributes, "item_name", marketplaceId),
            summary?.Brand ?? ListingAttributes.First(wire.Attributes, "brand", marketplaceId),
            summary?.Manufacturer,
            summary?.ModelNumber,
            browse is { ClassificationId: { } id } ? new CatalogClassification(id, browse.DisplayName ?? "") : null,
            [
                .. (ranks?.ClassificationRanks ?? []).Where(r => r.ClassificationId is not null && r.Rank is not null)
                    .Select(r => new CatalogSalesRank(SalesRankKind.Classification, r.ClassificationId!, r.Title, r.Rank!.Value)),
                .. (ranks?.DisplayGroupRanks ?? []).Where(r => r.WebsiteDisplayGroup is not null && r.Rank is not null)
                    .Select(r => new CatalogSalesRank(SalesRankKind.DisplayGroup, r.WebsiteDisplayGroup!, r.Title, r.Rank!.Value)),
            ],
            [.. (For(wire.Images, i => i.MarketplaceId, marketplaceId)?.Images ?? []).Where(i => i.Link is not null)
                .Select(i => new CatalogImage(i.Variant ?? "", i.Link!, i.Width ?? 0, i.Height ?? 0))],
            Dimensions(dimensions?.Item),
            Dimensions(dimensions?.Package),
            [.. (For(wire.Identifiers, i => i.MarketplaceId, marketplaceId)?.Identifiers ?? [])
                .Where(i => i.IdentifierType is not null && i.Identifier is not null)
                .Select(i => new CatalogIdentifier(i.IdentifierType!, i.Identifier!))])
        {
            Bullets = ListingAttributes.Values(wire.Attributes, "bullet_point", marketplaceId),
            Description = ListingAttributes.First(wire.Attributes, "product_description", marketplaceId),
        };
    }

    /// <summary>searchCatalogItems: items without an ASIN cannot be told apart, so they are dropped.</summary>
    public static CatalogSearchPage MapSearch(CatalogSearchWire wire, string marketplaceId)
    {
        var items = (wire.Items ?? []).Where(i => !string.IsNullOrWhiteSpace(i.Asin)).Select(i => Map(i, i.Asin!, marketplaceId)).ToList();
        return new CatalogSearchPage(wire.NumberOfResults ?? items.Count, items, string.IsNullOrEmpty(wire.Pagination?.NextToken) ? null : wire.Pagination.NextToken);
    }

    private static T? For<T>(List<T>? entries, Func<T, string?> marketplace, string marketplaceId) where T : class =>
        entries?.FirstOrDefault(e => marketplace(e) == marketplaceId) ?? entries?.FirstOrDefault(e => marketplace(e) is null);

    private static CatalogDimensions? Dimensions(DimensionsWire? d) =>
        d is null ? null : new CatalogDimensions(Measure(d.Height), Measure(d.Length), Measure(d.Width), Measure(d.Weight));

    private static Measure? Measure(DimensionWire? m) => m is { Value: { } value } ? new Measure(value, m.Unit ?? "") : null;
}
