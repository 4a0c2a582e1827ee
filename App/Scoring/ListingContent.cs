namespace SellerConsole.Scoring;

/// <summary>
/// One listing as the scorer sees it. Every string and list is nullable because SP-API and Keepa
/// leave fields out; the scorer reads null as empty and never throws on content.
/// </summary>
public sealed record ListingContent(
    string? Sku,
    string? Asin,
    string? Brand,
    string? Category,
    string? Title,
    IReadOnlyList<string?>? Bullets,
    string? Description,
    string? SearchTerms,
    IReadOnlyList<ListingImage?>? Images,
    bool HasAPlusContent,
    decimal? Rating,
    int? ReviewCount,
    decimal? OurPrice,
    decimal? BuyBoxPrice,
    IReadOnlyList<AmazonListingIssue?>? Issues)
{
    public static ListingContent Empty { get; } =
        new(null, null, null, null, null, null, null, null, null, false, null, null, null, null, null);
}

/// <summary>An image in listing order: the first one is the main image. 0x0 means the size is not known.</summary>
public sealed record ListingImage(int Width, int Height, bool? WhiteBackground);

/// <summary>
/// An issue as returned by the Listings Items API. Severity is ERROR, WARNING or INFO;
/// Enforcements holds action types such as LISTING_SUPPRESSED or SEARCH_SUPPRESSED.
/// </summary>
public sealed record AmazonListingIssue(
    string? Code,
    string? Message,
    string? Severity,
    IReadOnlyList<string?>? Enforcements);

/// <summary>A competitor's listing with its sales rank (lower is better; 0 or less means unranked).</summary>
public sealed record PeerListing(ListingContent? Content, int SalesRank);
