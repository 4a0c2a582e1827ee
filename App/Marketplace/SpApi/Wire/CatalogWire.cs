using System.Text.Json;

namespace SellerConsole.Marketplace.SpApi.Wire;

// Catalog Items API 2022-04-01 getCatalogItem (models/catalog-items-api-model/catalogItems_2022-04-01.json):
// every data set is a list of per-marketplace entries.

internal sealed record CatalogItemWire(
    string? Asin,
    JsonElement? Attributes,
    List<CatalogSummaryWire>? Summaries,
    List<ClassificationsByMarketplaceWire>? Classifications,
    List<SalesRanksByMarketplaceWire>? SalesRanks,
    List<ImagesByMarketplaceWire>? Images,
    List<DimensionsByMarketplaceWire>? Dimensions,
    List<IdentifiersByMarketplaceWire>? Identifiers);

internal sealed record CatalogSummaryWire(
    string? MarketplaceId, string? ItemName, string? Brand, string? Manufacturer, string? ModelNumber, ClassificationWire? BrowseClassification);

internal sealed record ClassificationWire(string? DisplayName, string? ClassificationId);

internal sealed record ClassificationsByMarketplaceWire(string? MarketplaceId, List<ClassificationWire>? Classifications);

internal sealed record SalesRanksByMarketplaceWire(
    string? MarketplaceId, List<ClassificationRankWire>? ClassificationRanks, List<DisplayGroupRankWire>? DisplayGroupRanks);

internal sealed record ClassificationRankWire(string? ClassificationId, string? Title, int? Rank);

internal sealed record DisplayGroupRankWire(string? WebsiteDisplayGroup, string? Title, int? Rank);

internal sealed record ImagesByMarketplaceWire(string? MarketplaceId, List<CatalogImageWire>? Images);

internal sealed record CatalogImageWire(string? Variant, string? Link, int? Height, int? Width);

internal sealed record DimensionsByMarketplaceWire(string? MarketplaceId, DimensionsWire? Item, DimensionsWire? Package);

internal sealed record DimensionsWire(DimensionWire? Height, DimensionWire? Length, DimensionWire? Width, DimensionWire? Weight);

internal sealed record DimensionWire(string? Unit, decimal? Value);

internal sealed record IdentifiersByMarketplaceWire(string? MarketplaceId, List<IdentifierWire>? Identifiers);

internal sealed record IdentifierWire(string? IdentifierType, string? Identifier);

internal sealed record CatalogSearchWire(int? NumberOfResults, CatalogPaginationWire? Pagination, List<CatalogItemWire>? Items);

internal sealed record CatalogPaginationWire(string? NextToken, string? PreviousToken);
