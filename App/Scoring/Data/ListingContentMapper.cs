using SellerConsole.Catalog;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Shared;

namespace SellerConsole.Scoring.Data;

/// <summary>
/// Stored listings and catalogue items to the scorer's <see cref="ListingContent"/>. Pure: values in, values out.
/// What we do not know stays unknown (null, or a 0x0 image) so the scorer makes no finding it cannot evidence.
/// </summary>
public static class ListingContentMapper
{
    /// <param name="unknownAPlusIsAbsent">
    /// SP-API does not say whether a listing has A+ content; true scores "not known" as "none" (a finding),
    /// false gives the benefit of the doubt.
    /// </param>
    public static ListingContent FromListing(Listing listing, bool unknownAPlusIsAbsent)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new ListingContent(
            listing.Sku,
            listing.Asin,
            listing.Brand,
            listing.Category,
            listing.Title,
            SplitBullets(listing.Bullets),
            listing.Description,
            listing.SearchTerms,
            Images(listing.ImageCount, listing.MainImageWidth, listing.MainImageHeight),
            listing.HasAPlusContent ?? !unknownAPlusIsAbsent,
            listing.RatingTenths is { } tenths ? tenths / 10m : null,
            listing.ReviewCount,
            listing.PricePence is { } price ? Money.FromPence(price) : null,
            listing.BuyBoxPricePence is { } buyBox ? Money.FromPence(buyBox) : null,
            [.. listing.Issues.Select(Issue)]);
    }

    /// <summary>A competitor's catalogue item. Catalog Items carries no search terms, rating, reviews, price or issues.</summary>
    public static ListingContent FromCatalogItem(CatalogItem item, string category)
    {
        ArgumentNullException.ThrowIfNull(item);
        var ordered = item.Images
            .GroupBy(i => i.Variant, StringComparer.OrdinalIgnoreCase)
            // Amazon lists each variant in several sizes; the largest stands for the image.
            .Select(g => g.OrderByDescending(i => (long)i.Width * i.Height).First())
            .OrderBy(i => string.Equals(i.Variant, "MAIN", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(i => i.Variant, StringComparer.Ordinal)
            .Select(i => (ListingImage?)new ListingImage(i.Width, i.Height, null))
            .ToList();
        return new ListingContent(null, item.Asin, item.Brand, category, item.Title, [.. item.Bullets], item.Description, null,
            ordered, false, null, null, null, null, []);
    }

    public static IReadOnlyList<string?> SplitBullets(string? bullets) =>
        bullets is null ? [] : [.. bullets.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static IReadOnlyList<ListingImage?> Images(int count, int? mainWidth, int? mainHeight)
    {
        if (count <= 0)
        {
            return [];
        }
        // Only the main image's size is stored; the others count but are unmeasured (0x0).
        var images = new List<ListingImage?>(count) { new ListingImage(mainWidth ?? 0, mainHeight ?? 0, null) };
        images.AddRange(Enumerable.Repeat<ListingImage?>(new ListingImage(0, 0, null), Math.Min(count, 100) - 1));
        return images;
    }

    private static AmazonListingIssue Issue(Catalog.ListingIssue issue) => new(
        issue.Code,
        issue.Message,
        issue.Severity,
        issue.Enforcements is null ? [] : [.. issue.Enforcements.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
}
