using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>A GET_MERCHANT_LISTINGS_ALL_DATA file: Amazon's full header, rows written by column name.</summary>
internal sealed class ReportFileBuilder
{
    public static readonly string[] FullHeader =
    [
        "item-name", "item-description", "listing-id", "seller-sku", "price", "quantity", "open-date", "image-url",
        "item-is-marketplace", "product-id-type", "zshop-shipping-fee", "item-note", "item-condition", "zshop-category1",
        "zshop-browse-path", "zshop-storefront-feature", "asin1", "asin2", "asin3", "will-ship-internationally",
        "expedited-shipping", "zshop-boldface", "product-id", "bid-for-featured-placement", "add-delete",
        "pending-quantity", "fulfillment-channel", "merchant-shipping-group", "status",
    ];

    private readonly string[] _header;
    private readonly List<Dictionary<string, string>> _rows = [];

    public ReportFileBuilder(params string[] header) => _header = header.Length == 0 ? FullHeader : header;

    public ReportFileBuilder Row(params (string Column, string Value)[] values)
    {
        _rows.Add(values.ToDictionary(v => v.Column, v => v.Value));
        return this;
    }

    /// <summary>A typical DIY listing; overrides replace single columns.</summary>
    public ReportFileBuilder Listing(string sku, string name, string price, params (string Column, string Value)[] overrides)
    {
        var row = new Dictionary<string, string>
        {
            ["item-name"] = name, ["item-description"] = $"{name} – built for the trade", ["listing-id"] = $"0301{sku.GetHashCode() & 0xFFFF:X4}",
            ["seller-sku"] = sku, ["price"] = price, ["quantity"] = "12", ["open-date"] = "2024-06-14 10:32:45 BST",
            ["image-url"] = "https://m.media-amazon.com/images/I/61main.jpg", ["item-is-marketplace"] = "y", ["product-id-type"] = "1",
            ["item-condition"] = "11", ["asin1"] = "B0CX23V2ZK", ["will-ship-internationally"] = "1", ["product-id"] = "B0CX23V2ZK",
            ["pending-quantity"] = "0", ["fulfillment-channel"] = "DEFAULT", ["merchant-shipping-group"] = "Migrated Template", ["status"] = "Active",
        };
        foreach (var (column, value) in overrides)
        {
            row[column] = value;
        }
        _rows.Add(row);
        return this;
    }

    public string Text() => string.Join("\r\n",
        [string.Join('\t', _header), .. _rows.Select(r => string.Join('\t', _header.Select(h => r.GetValueOrDefault(h, ""))))]) + "\r\n";

    public byte[] Bytes(Encoding encoding) => encoding.GetBytes(Text());

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }
        return output.ToArray();
    }

    public static HttpResponseMessage Document(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
