using System.Text.Json;
using System.Text.Json.Serialization;

namespace SellerConsole.Scoring.Data;

/// <summary>How score cards, peer content and settings are stored: camelCase with enums by name, so stored rows stay readable.</summary>
public static class ScoringJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is null.");
}

/// <summary>The owner's scoring configuration: the scorer's settings plus how to read facts we may not know.</summary>
public sealed record ScoringConfig(ScoringSettings Settings, bool UnknownAPlusIsAbsent)
{
    public static ScoringConfig Default { get; } = new(ScoringSettings.Default, false);
}
