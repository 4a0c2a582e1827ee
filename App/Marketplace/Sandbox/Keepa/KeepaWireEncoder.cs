using System.Buffers;
using System.IO.Compression;
using System.Text.Json;

namespace SellerConsole.Marketplace.Sandbox.Keepa;

/// <summary>
/// Writes Keepa's <c>GET /product</c> wire JSON from the Sandbox's own history model: what the
/// Sandbox serves and what tests feed the real client. Independent of the decoder by design.
/// </summary>
public static class KeepaWireEncoder
{
    public static byte[] Encode(KeepaWireTokens tokens, IReadOnlyList<KeepaProductHistory> products, KeepaStatsWindow? stats)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            WriteTokens(w, tokens);
            w.WriteStartArray("products");
            foreach (var product in products)
            {
                KeepaProductWriter.Write(w, product, stats);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The gzipped body written straight through the compressor, one product at a time, so a 100-product
    /// answer (about 16 MB of JSON) never exists whole: building the JSON and then its gzip in growing
    /// arrays cost about 90 MB of large object heap per call. <paramref name="products"/> may be lazy
    /// (each product's history is mapped only when written).
    /// </summary>
    public static async Task<MemoryStream> EncodeGzippedAsync(KeepaWireTokens tokens, IEnumerable<KeepaProductHistory> products, KeepaStatsWindow? stats, CancellationToken cancellationToken)
    {
        var output = new MemoryStream();
        await using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        await using (var w = new Utf8JsonWriter(gzip))
        {
            w.WriteStartObject();
            WriteTokens(w, tokens);
            w.WriteStartArray("products");
            foreach (var product in products)
            {
                KeepaProductWriter.Write(w, product, stats);
                await w.FlushAsync(cancellationToken);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Position = 0;
        return output;
    }

    /// <summary>An error body (e.g. 429 NOT_ENOUGH_TOKEN): token fields plus <c>error</c>.</summary>
    public static byte[] EncodeError(KeepaWireTokens tokens, string type, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            WriteTokens(w, tokens);
            w.WriteStartObject("error");
            w.WriteString("type", type);
            w.WriteString("message", message);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Keepa gzips every body, OK or error.</summary>
    public static byte[] Gzip(byte[] json)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(json);
        }
        return output.ToArray();
    }

    private static void WriteTokens(Utf8JsonWriter w, KeepaWireTokens tokens)
    {
        w.WriteNumber("timestamp", new DateTimeOffset(tokens.Timestamp).ToUnixTimeMilliseconds());
        w.WriteNumber("tokensLeft", tokens.TokensLeft);
        w.WriteNumber("refillIn", tokens.RefillInMs);
        w.WriteNumber("refillRate", tokens.RefillRate);
        w.WriteNumber("tokenFlowReduction", 0.0);
        w.WriteNumber("tokensConsumed", tokens.TokensConsumed);
        w.WriteNumber("processingTimeInMs", 0);
    }
}
