using System.Collections.Frozen;
using System.Text.Json;

namespace SellerConsole.Live;

/// <summary>
/// The closed set of event types that may cross between nodes: every concrete <see cref="LiveEvent"/> compiled
/// into the console, keyed by type name. A payload can only name one of these; nothing is loaded by a name
/// that arrives over the wire.
/// </summary>
public static class LiveEventTypes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly FrozenDictionary<string, Type> Known = typeof(LiveEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(LiveEvent)) && !t.IsAbstract && !t.IsGenericTypeDefinition)
        .ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    public static string NameOf(LiveEvent liveEvent) => liveEvent.GetType().Name;

    public static JsonElement Serialize(LiveEvent liveEvent) => JsonSerializer.SerializeToElement(liveEvent, liveEvent.GetType(), Json);

    /// <summary>The event, or null when the name is not a known type (a newer node's event) or the body does not fit it.</summary>
    public static LiveEvent? Deserialize(string typeName, JsonElement body)
    {
        if (!Known.TryGetValue(typeName, out var type))
        {
            return null;
        }
        try
        {
            return body.Deserialize(type, Json) as LiveEvent;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
