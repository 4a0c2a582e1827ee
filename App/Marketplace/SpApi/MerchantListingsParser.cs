using System.Globalization;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// The tab-delimited "All Listings" report, read by header name (column order and the optional
/// columns vary by account and locale). Only seller-sku is required. A value that does not parse
/// fails the whole report with its line number: silently dropping a row would hide a listing.
/// </summary>
internal static class MerchantListingsParser
{
    /// <exception cref="FormatException">Names the line and column of the first bad value.</exception>
    public static IReadOnlyList<MerchantListingRow> Parse(string text)
    {
        var lines = text.Split('\n');
        var header = lines[0].TrimEnd('\r').Split('\t')
            .Select((name, index) => (Name: name.Trim().ToLowerInvariant(), index))
            .GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().index);
        if (!header.ContainsKey("seller-sku"))
        {
            throw new FormatException($"line 1: no seller-sku column (columns: {string.Join(", ", header.Keys)})");
        }
        var rows = new List<MerchantListingRow>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            rows.Add(Row(new ReportFields(header, line.Split('\t'), i + 1)));
        }
        return rows;
    }

    private static MerchantListingRow Row(ReportFields f) => new(
        f.Line,
        f["seller-sku"] ?? throw f.Bad("seller-sku", "", "is empty"),
        f["asin1"],
        f["item-name"],
        f["item-description"],
        f["listing-id"],
        f.Decimal("price"),
        f.Int("quantity"),
        f.Date("open-date"),
        f["image-url"],
        f["product-id-type"],
        f["product-id"],
        f["item-condition"],
        f["item-note"],
        f["fulfillment-channel"],
        f["merchant-shipping-group"],
        f.Int("pending-quantity"),
        f["status"]);
}
