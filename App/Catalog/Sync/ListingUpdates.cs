using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Shared;

namespace SellerConsole.Catalog.Sync;

/// <summary>
/// Copies what the marketplace says into our listing rows, field by field, and reports whether
/// anything actually changed: re-running a sync over unchanged data must change nothing.
/// </summary>
internal static class ListingUpdates
{
    public static bool ApplyReportRow(Listing listing, MerchantListingRow row)
    {
        var changed = false;
        Set(listing.Asin, row.Asin ?? listing.Asin, v => listing.Asin = v, ref changed);
        Set(listing.Title, string.IsNullOrWhiteSpace(row.ItemName) ? listing.Title : row.ItemName.Trim(), v => listing.Title = v, ref changed);
        Set(listing.PricePence, row.Price is { } price ? Money.ToPence(price) : listing.PricePence, v => listing.PricePence = v, ref changed);
        Set(listing.Quantity, row.Quantity ?? listing.Quantity, v => listing.Quantity = v, ref changed);
        Set(listing.Status, row.Status ?? listing.Status, v => listing.Status = v, ref changed);
        Set(listing.OpenedUtc, row.OpenDateUtc ?? listing.OpenedUtc, v => listing.OpenedUtc = v, ref changed);
        Set(listing.FulfillmentChannel, row.FulfillmentChannel ?? listing.FulfillmentChannel, v => listing.FulfillmentChannel = v, ref changed);
        return changed;
    }

    public static bool ApplyDetails(Listing listing, ListingItem item)
    {
        var changed = false;
        var content = item.Content;
        Set(listing.Asin, item.Asin ?? listing.Asin, v => listing.Asin = v, ref changed);
        Set(listing.Title, content.Title ?? item.ItemName ?? listing.Title, v => listing.Title = v, ref changed);
        Set(listing.Brand, content.Brand, v => listing.Brand = v, ref changed);
        Set(listing.ProductType, item.ProductType, v => listing.ProductType = v, ref changed);
        Set(listing.Condition, item.Condition, v => listing.Condition = v, ref changed);
        Set(listing.IsBuyable, item.IsBuyable, v => listing.IsBuyable = v, ref changed);
        Set(listing.IsDiscoverable, item.IsDiscoverable, v => listing.IsDiscoverable = v, ref changed);
        Set(listing.PricePence, item.OurPrice is { } price ? Money.ToPence(price) : listing.PricePence, v => listing.PricePence = v, ref changed);
        Set(listing.MinimumPricePence, item.MinimumSellerAllowedPrice is { } min ? Money.ToPence(min) : null, v => listing.MinimumPricePence = v, ref changed);
        Set(listing.Quantity, item.Quantity ?? listing.Quantity, v => listing.Quantity = v, ref changed);
        Set(listing.MainImageUrl, item.MainImage?.Url ?? content.ImageUrls.FirstOrDefault(), v => listing.MainImageUrl = v, ref changed);
        Set(listing.MainImageWidth, item.MainImage?.Width, v => listing.MainImageWidth = v, ref changed);
        Set(listing.MainImageHeight, item.MainImage?.Height, v => listing.MainImageHeight = v, ref changed);
        Set(listing.ImageCount, content.ImageUrls.Count, v => listing.ImageCount = v, ref changed);
        Set(listing.Bullets, content.BulletPoints.Count == 0 ? null : string.Join('\n', content.BulletPoints), v => listing.Bullets = v, ref changed);
        Set(listing.Description, content.Description, v => listing.Description = v, ref changed);
        Set(listing.SearchTerms, content.SearchTerms, v => listing.SearchTerms = v, ref changed);
        Set(listing.MarketplaceUpdatedUtc, item.LastUpdatedUtc, v => listing.MarketplaceUpdatedUtc = v, ref changed);
        if (!SameIssues(listing.Issues, item.Issues))
        {
            listing.Issues.Clear();
            listing.Issues.AddRange(item.Issues.Select(i => new ListingIssue
            {
                Code = Limit(i.Code, 32), Message = Limit(i.Message, 2000), Severity = Limit(i.Severity, 16),
                Enforcements = i.EnforcementActions.Count == 0 ? null : Limit(string.Join(',', i.EnforcementActions), 300),
                AttributeNames = i.AttributeNames.Count == 0 ? null : Limit(string.Join(',', i.AttributeNames), 300),
            }));
            changed = true;
        }
        return changed;
    }

    private static bool SameIssues(List<ListingIssue> stored, IReadOnlyList<Marketplace.SpApi.Models.ListingIssue> fresh) =>
        stored.Count == fresh.Count &&
        stored.OrderBy(i => i.Code, StringComparer.Ordinal).ThenBy(i => i.Message, StringComparer.Ordinal)
            .Zip(fresh.OrderBy(i => i.Code, StringComparer.Ordinal).ThenBy(i => i.Message, StringComparer.Ordinal))
            .All(pair => pair.First.Code == Limit(pair.Second.Code, 32) && pair.First.Message == Limit(pair.Second.Message, 2000) &&
                         pair.First.Severity == Limit(pair.Second.Severity, 16) &&
                         pair.First.Enforcements == (pair.Second.EnforcementActions.Count == 0 ? null : Limit(string.Join(',', pair.Second.EnforcementActions), 300)));

    private static void Set<T>(T current, T wanted, Action<T> assign, ref bool changed)
    {
        if (!EqualityComparer<T>.Default.Equals(current, wanted))
        {
            assign(wanted);
            changed = true;
        }
    }

    private static string Limit(string value, int max) => value.Length <= max ? value : value[..max];
}
