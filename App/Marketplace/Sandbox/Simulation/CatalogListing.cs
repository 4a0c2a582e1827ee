namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>One image slot; <see cref="Variant"/> is MAIN or PT01..PT08 as in SP-API.</summary>
public sealed record ListingImage(string Variant, string Url, int WidthPx, int HeightPx, string BackgroundHex);

/// <summary>Detail-page content as the seller submitted it (varied quality on purpose).</summary>
public sealed record ListingContent(
    string Title,
    IReadOnlyList<string> Bullets,
    string Description,
    string SearchTerms,
    IReadOnlyList<ListingImage> Images,
    bool HasAplus,
    ContentDefect Defects);

/// <summary>An Amazon listing issue, shaped like the Listings Items API's issues[].</summary>
public sealed record ListingIssue(
    string Code,
    string Message,
    string Severity,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> AttributeNames,
    string? Enforcement);

public sealed record PackageDimensions(int LengthMm, int WidthMm, int HeightMm);

/// <summary>
/// The static part of one of our listings. Prices, stock, rating and rank move with time and are
/// in <see cref="ListingSnapshot"/>.
/// </summary>
public sealed record CatalogListing(
    int Index,
    string Sku,
    string Asin,
    string Ean,
    string Brand,
    bool IsOwnBrand,
    string Category,
    string ProductType,
    string ItemName,
    int WeightGrams,
    PackageDimensions Dimensions,
    ListingContent Content,
    IReadOnlyList<ListingIssue> Issues,
    decimal ShippingCharge,
    int HandlingDaysMin,
    int HandlingDaysMax,
    decimal CostHint,
    DateTime OpenedUtc);

/// <summary>A top-ranked competitor listing in the same category (the scorer's benchmark).</summary>
public sealed record PeerListing(
    string Asin,
    string Brand,
    string Category,
    string ProductType,
    ListingContent Content,
    int SalesRank,
    decimal Price,
    decimal? Rating,
    int ReviewCount);
