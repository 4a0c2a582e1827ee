using System.IO.Compression;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>Reads a Keepa body, gunzipping it unless the handler already did.</summary>
internal static class KeepaResponseBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var raw = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        // Decide by the gzip magic number, not the header: a decompressing handler drops the header,
        // and JSON can never start with 0x1F.
        if (raw.Length < 2 || raw[0] != 0x1F || raw[1] != 0x8B)
        {
            return raw;
        }
        using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
        var output = new MemoryStream(raw.Length * 8);
        await gzip.CopyToAsync(output, cancellationToken);
        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }
}
