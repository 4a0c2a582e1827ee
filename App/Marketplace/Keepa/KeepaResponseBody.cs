using System.Buffers.Binary;
using System.IO.Compression;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>Reads a Keepa body, gunzipping it unless the handler already did.</summary>
internal static class KeepaResponseBody
{
    /// <summary>No real JSON compresses better than this; a larger stated size is not trusted.</summary>
    private const int MaxRatio = 64;

    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var raw = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        // Decide by the gzip magic number, not the header: a decompressing handler drops the header,
        // and JSON can never start with 0x1F.
        if (raw.Length < 2 || raw[0] != 0x1F || raw[1] != 0x8B)
        {
            return raw;
        }
        return await GunzipAsync(raw, cancellationToken);
    }

    /// <summary>
    /// Gunzips into one array of the exact size the gzip trailer states (ISIZE), so a 100-product answer
    /// (16 MB of JSON) costs 16 MB: a buffer guessed from the compressed size (8x) cost 80 MB of large
    /// object heap per call and set the process's peak. A trailer that cannot be right (a concatenated or
    /// truncated stream) falls back to a growing buffer.
    /// </summary>
    internal static async Task<ReadOnlyMemory<byte>> GunzipAsync(byte[] raw, CancellationToken cancellationToken)
    {
        var stated = raw.Length >= 18 ? BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 4)) : 0u;
        await using var gzip = new GZipStream(new MemoryStream(raw, writable: false), CompressionMode.Decompress);
        if (stated > 0 && stated <= (ulong)raw.Length * MaxRatio && stated <= Array.MaxLength)
        {
            var exact = new byte[stated];
            var length = 0;
            int read;
            while (length < exact.Length && (read = await gzip.ReadAsync(exact.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
            }
            if (length == exact.Length && await gzip.ReadAsync(new byte[1], cancellationToken) == 0)
            {
                return exact;
            }
            // The trailer lied (several gzip members, or a size past 4 GB): start again the slow way.
            await gzip.DisposeAsync();
            return await GrowingAsync(raw, cancellationToken);
        }
        return await GrowingAsync(raw, cancellationToken);
    }

    private static async Task<ReadOnlyMemory<byte>> GrowingAsync(byte[] raw, CancellationToken cancellationToken)
    {
        await using var gzip = new GZipStream(new MemoryStream(raw, writable: false), CompressionMode.Decompress);
        var output = new MemoryStream(raw.Length * 2);
        await gzip.CopyToAsync(output, cancellationToken);
        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }
}
