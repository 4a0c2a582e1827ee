using System.Text;
using System.Text.Json;

namespace SellerConsole.Live;

/// <summary>
/// One event on the NOTIFY channel: the sending node (so it can ignore its own), a per-node sequence number
/// (so a receiver can log a gap) and the event under its type name.
/// </summary>
public sealed record LiveEnvelope(string Node, long Seq, string Type, JsonElement Event)
{
    /// <summary>PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; this leaves room for the channel's framing.</summary>
    public const int MaxPayloadBytes = 7900;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static LiveEnvelope Wrap(string node, long seq, LiveEvent liveEvent) =>
        new(node, seq, LiveEventTypes.NameOf(liveEvent), LiveEventTypes.Serialize(liveEvent));

    public string ToPayload() => JsonSerializer.Serialize(this, Json);

    public static bool Fits(string payload) => Encoding.UTF8.GetByteCount(payload) <= MaxPayloadBytes;

    public static LiveEnvelope? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<LiveEnvelope>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
