using System.Buffers;
using System.Text.Json;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Keepa answers: JSON, always gzipped (OK and error alike), with the token fields.</summary>
internal static class KeepaResults
{
    public static IResult Gzipped(byte[] json, int status) => new GzipJsonResult(KeepaWireEncoder.Gzip(json), status);

    public static IResult Error(KeepaTokenBucket bucket, int status, string type, string message) =>
        Error(bucket.Peek(), status, type, message);

    public static IResult Error(KeepaWireTokens tokens, int status, string type, string message) =>
        Gzipped(KeepaWireEncoder.EncodeError(tokens, type, message), status);

    /// <summary>The body of <c>GET /token</c>: the token fields alone.</summary>
    public static byte[] TokenStatus(KeepaWireTokens tokens)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("timestamp", new DateTimeOffset(tokens.Timestamp).ToUnixTimeMilliseconds());
            w.WriteNumber("tokensLeft", tokens.TokensLeft);
            w.WriteNumber("refillIn", tokens.RefillInMs);
            w.WriteNumber("refillRate", tokens.RefillRate);
            w.WriteNumber("tokenFlowReduction", 0.0);
            w.WriteNumber("tokensConsumed", 0);
            w.WriteNumber("processingTimeInMs", 0);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>An already gzipped body (see <see cref="KeepaWireEncoder.EncodeGzippedAsync"/>), sent with its length.</summary>
    public static IResult Gzipped(MemoryStream gzipped, int status) => new GzipStreamResult(gzipped, status);

    private sealed class GzipStreamResult(MemoryStream body, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            await using var _ = body;
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json;charset=UTF-8";
            http.Response.Headers.ContentEncoding = "gzip";
            http.Response.ContentLength = body.Length;
            await http.Response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), http.RequestAborted);
        }
    }

    private sealed class GzipJsonResult(byte[] body, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json;charset=UTF-8";
            http.Response.Headers.ContentEncoding = "gzip";
            http.Response.ContentLength = body.Length;
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        }
    }
}
