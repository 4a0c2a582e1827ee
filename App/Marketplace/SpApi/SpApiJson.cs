using System.Text.Json;
using System.Text.Json.Serialization;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Reading Amazon's JSON: v0 APIs use PascalCase, newer ones camelCase, and money amounts come
/// as numbers in some APIs and strings in others, so reads are case-insensitive and accept both.
/// </summary>
internal static class SpApiJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static T Read<T>(SpApiOperation operation, ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Options)
                ?? throw new JsonException("the body is JSON null");
        }
        catch (JsonException ex)
        {
            throw new SpApiException(operation.Name, 200, null, null,
                $"SP-API {operation.Name} answered JSON we could not read ({ex.Path ?? "root"}): {ex.Message}");
        }
    }

    public static T? TryRead<T>(ReadOnlySpan<byte> body) where T : class
    {
        try
        {
            return body.IsEmpty ? null : JsonSerializer.Deserialize<T>(body, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static byte[] Write<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>ISO 8601 in UTC with a Z, as every SP-API date parameter expects.</summary>
    public static string Iso(DateTime utc) =>
        DateTime.SpecifyKind(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc, DateTimeKind.Utc)
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
