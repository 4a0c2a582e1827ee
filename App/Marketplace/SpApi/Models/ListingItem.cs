namespace SellerConsole.Marketplace.SpApi.Models;

/// <summary>Our listing on amazon.co.uk (getListingsItem). Prices are VAT-inclusive GBP.</summary>
public sealed record ListingItem(
    string Sku,
    string? Asin,
    string? ProductType,
    string? Condition,
    IReadOnlyList<string> Statuses,
    string? ItemName,
    DateTime? CreatedUtc,
    DateTime? LastUpdatedUtc,
    ListingImage? MainImage,
    decimal? OurPrice,
    decimal? MinimumSellerAllowedPrice,
    int? Quantity,
    IReadOnlyList<ListingIssue> Issues,
    ListingContent Content)
{
    public bool IsBuyable => Statuses.Contains("BUYABLE");

    public bool IsDiscoverable => Statuses.Contains("DISCOVERABLE");
}

public sealed record ListingImage(string Url, int Width, int Height);

/// <summary>Severity is ERROR, WARNING or INFO; actions e.g. LISTING_SUPPRESSED, SEARCH_SUPPRESSED.</summary>
public sealed record ListingIssue(
    string Code,
    string Message,
    string Severity,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> AttributeNames,
    IReadOnlyList<string> EnforcementActions);

/// <summary>The content attributes the scorer reads; images are the main one first, then the others in slot order.</summary>
public sealed record ListingContent(
    string? Title,
    string? Brand,
    IReadOnlyList<string> BulletPoints,
    string? Description,
    string? SearchTerms,
    IReadOnlyList<string> ImageUrls);
