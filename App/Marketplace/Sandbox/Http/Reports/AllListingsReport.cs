using System.Globalization;
using System.IO.Compression;
using System.Text;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// GET_MERCHANT_LISTINGS_ALL_DATA: the tab-delimited "All Listings" file, encoded in Windows-1252 as
/// Amazon's is (characters outside it become '?', as in Amazon's), then gzipped.
/// </summary>
internal static class AllListingsReport
{
    public const string ContentType = "text/plain; charset=Cp1252";

    public static readonly string[] Columns =
    [
        "item-name", "item-description", "listing-id", "seller-sku", "price", "quantity", "open-date", "image-url",
        "item-is-marketplace", "product-id-type", "zshop-shipping-fee", "item-note", "item-condition", "zshop-category1",
        "zshop-browse-path", "zshop-storefront-feature", "asin1", "asin2", "asin3", "will-ship-internationally",
        "expedited-shipping", "zshop-boldface", "product-id", "bid-for-featured-placement", "add-delete", "pending-quantity",
        "fulfillment-channel", "merchant-shipping-group", "status",
    ];

    /// <summary>Windows-1252 without registering a global provider; unmappable characters become '?'.</summary>
    public static readonly Encoding Windows1252 =
        CodePagesEncodingProvider.Instance.GetEncoding(1252, new EncoderReplacementFallback("?"), new DecoderReplacementFallback("?"))
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    public static byte[] Build(SandboxWorld world)
    {
        var sim = world.Simulation;
        var text = new StringBuilder();
        text.Append(string.Join('\t', Columns)).Append('\n');
        for (var offset = 0; offset < sim.ListingCount; offset += 1000)
        {
            foreach (var s in sim.GetListings(offset, 1000).Items)
            {
                var l = s.Listing;
                var offer = world.OurOffer(s);
                var active = offer.Quantity > 0 && !l.Issues.Any(i => i.Enforcement == "LISTING_SUPPRESSED");
                string[] row =
                [
                    Clean(l.Content.Title), Clean(l.Content.Description), ListingId(l), l.Sku, offer.Price.ToString("0.00", CultureInfo.InvariantCulture),
                    offer.Quantity.ToString(CultureInfo.InvariantCulture), OpenDate(l.OpenedUtc), l.Content.Images.FirstOrDefault()?.Url ?? "",
                    "y", "1", "", "", "11", "", "", "", l.Asin, "", "", "", "", "", l.Asin, "", "", "0", "DEFAULT", "Migrated Template",
                    active ? "Active" : "Inactive",
                ];
                text.Append(string.Join('\t', row)).Append('\n');
            }
        }
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Windows1252.GetBytes(text.ToString()));
        }
        return output.ToArray();
    }

    private static string ListingId(CatalogListing l) =>
        $"{l.OpenedUtc:MMdd}Z{SandboxMarketplace.StableHash(l.Sku) % 10_000_000_000UL:D10}";

    /// <summary>Amazon writes open-date in UK local time with its zone abbreviation.</summary>
    private static string OpenDate(DateTime utc)
    {
        var local = Shared.UkTime.FromUtc(utc);
        var zone = Shared.UkTime.Zone.IsDaylightSavingTime(local) ? "BST" : "GMT";
        return local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + zone;
    }

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
