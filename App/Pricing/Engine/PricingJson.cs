using System.Text.Json;
using System.Text.Json.Serialization;

namespace SellerConsole.Pricing.Engine;

/// <summary>How strategies and decisions are stored: camelCase with enums by name, so stored rows stay readable and survive enum reordering.</summary>
public static class PricingJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is null.");
}
