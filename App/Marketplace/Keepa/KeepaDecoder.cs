using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// Decodes the (already gunzipped) JSON of Keepa's <c>GET /product</c> into our own types.
/// Pure and strict: anything wrong or truncated throws <see cref="KeepaDecodeException"/> naming the
/// ASIN and field; unknown fields are ignored.
/// </summary>
public static class KeepaDecoder
{
    public static KeepaProductResponse Decode(string json) => Decode(Encoding.UTF8.GetBytes(json));

    public static KeepaProductResponse Decode(Stream json)
    {
        // One byte more than a seekable stream holds, so reaching its end does not look like a full buffer.
        var buffer = ArrayPool<byte>.Shared.Rent(json.CanSeek ? (int)Math.Max(json.Length - json.Position + 1, 1) : 64 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = json.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
            }
            return Decode(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static KeepaProductResponse Decode(ReadOnlySpan<byte> utf8Json)
    {
        var scope = new KeepaDecodeScope();
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            var response = ReadResponse(ref reader, scope);
            scope.At("(end)");
            // The reader accepts a single top-level value: reading on makes it reject trailing content.
            reader.Read();
            return response;
        }
        catch (JsonException ex)
        {
            throw scope.Fail($"malformed or truncated JSON ({ex.Message})", ex);
        }
    }

    private static KeepaProductResponse ReadResponse(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Next(ref reader, scope);
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartObject, "a JSON object");
        long? timestamp = null;
        int? tokensLeft = null, refillIn = null, refillRate = null;
        var tokensConsumed = 0;
        var products = new List<KeepaProduct>();
        KeepaApiError? error = null;
        while (KeepaJson.NextProperty(ref reader, scope, out var name))
        {
            switch (name)
            {
                case "timestamp": timestamp = KeepaJson.ReadLong(ref reader, scope); break;
                case "tokensLeft": tokensLeft = KeepaJson.ReadInt(ref reader, scope); break;
                case "refillIn": refillIn = KeepaJson.ReadInt(ref reader, scope); break;
                case "refillRate": refillRate = KeepaJson.ReadInt(ref reader, scope); break;
                case "tokensConsumed": tokensConsumed = KeepaJson.ReadInt(ref reader, scope); break;
                case "products": ReadProducts(ref reader, scope, products); break;
                case "error": error = ReadError(ref reader, scope); break;
                default:
                    KeepaJson.Next(ref reader, scope);
                    reader.Skip();
                    break;
            }
        }
        var tokens = new KeepaTokenStatus(
            KeepaTime.FromUnixMilliseconds(Required(timestamp, "timestamp", scope)),
            Required(tokensLeft, "tokensLeft", scope),
            TimeSpan.FromMilliseconds(Required(refillIn, "refillIn", scope)),
            Required(refillRate, "refillRate", scope),
            tokensConsumed);
        return new KeepaProductResponse(tokens, products, error);
    }

    private static void ReadProducts(ref Utf8JsonReader reader, KeepaDecodeScope scope, List<KeepaProduct> products)
    {
        KeepaJson.Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartArray, "an array of products");
        while (true)
        {
            KeepaJson.Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }
            products.Add(KeepaProductReader.Read(ref reader, scope, products.Count));
        }
        scope.LeaveProducts();
        scope.At("products");
    }

    private static KeepaApiError? ReadError(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartObject, "an error object");
        string? type = null, message = null;
        while (true)
        {
            KeepaJson.Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return new KeepaApiError(type, message);
            }
            var name = scope.Intern(ref reader);
            scope.At($"error.{name}");
            switch (name)
            {
                case "type": type = KeepaJson.ReadOptionalString(ref reader, scope); break;
                case "message": message = KeepaJson.ReadOptionalString(ref reader, scope); break;
                default:
                    KeepaJson.Next(ref reader, scope);
                    reader.Skip();
                    break;
            }
        }
    }

    private static T Required<T>(T? value, string field, KeepaDecodeScope scope) where T : struct
    {
        if (value is { } present)
        {
            return present;
        }
        scope.At(field);
        throw scope.Fail("missing");
    }
}
