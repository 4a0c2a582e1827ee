using System.Text;
using System.Text.Json;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>Strict token readers: each names what it expected and what it found.</summary>
internal static class KeepaJson
{
    /// <summary>
    /// Moves to the next property of the object being read and records it as the current field
    /// (for error messages). False at the end of the object.
    /// </summary>
    public static bool NextProperty(ref Utf8JsonReader reader, KeepaDecodeScope scope, out string name)
    {
        Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = "";
            return false;
        }
        name = scope.Intern(ref reader);
        scope.At(name);
        return true;
    }

    public static void Next(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        if (!reader.Read())
        {
            throw scope.Fail("truncated: the JSON ends early");
        }
    }

    public static void Expect(ref Utf8JsonReader reader, KeepaDecodeScope scope, JsonTokenType expected, string what)
    {
        if (reader.TokenType != expected)
        {
            throw scope.Fail($"expected {what} but found {Describe(ref reader)}");
        }
    }

    public static int ReadInt(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        Next(ref reader, scope);
        return CurrentInt(ref reader, scope, null);
    }

    /// <summary>Reads an int that may be <c>null</c>.</summary>
    public static int? ReadOptionalInt(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        Next(ref reader, scope);
        return reader.TokenType == JsonTokenType.Null ? null : CurrentInt(ref reader, scope, null);
    }

    public static int CurrentInt(ref Utf8JsonReader reader, KeepaDecodeScope scope, int? entry)
    {
        var where = entry is null ? "" : $"entry {entry}: ";
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw scope.Fail($"{where}expected a number but found {Describe(ref reader)}");
        }
        if (!reader.TryGetInt32(out var value))
        {
            throw scope.Fail($"{where}expected a whole number in int range but found {Raw(ref reader)}");
        }
        return value;
    }

    public static long ReadLong(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        Next(ref reader, scope);
        Expect(ref reader, scope, JsonTokenType.Number, "a number");
        return reader.TryGetInt64(out var value)
            ? value
            : throw scope.Fail($"expected a whole number but found {Raw(ref reader)}");
    }

    public static bool? ReadOptionalBool(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        Next(ref reader, scope);
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => throw scope.Fail($"expected true or false but found {Describe(ref reader)}"),
        };
    }

    /// <summary>Reads a string or null; <paramref name="intern"/> for values that repeat (seller ids).</summary>
    public static string? ReadOptionalString(ref Utf8JsonReader reader, KeepaDecodeScope scope, bool intern = false)
    {
        Next(ref reader, scope);
        return reader.TokenType switch
        {
            JsonTokenType.String => intern ? scope.Intern(ref reader) : reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw scope.Fail($"expected a string but found {Describe(ref reader)}"),
        };
    }

    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"a string ({Raw(ref reader)})",
        JsonTokenType.Number => $"the number {Raw(ref reader)}",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndArray => "the end of the array",
        JsonTokenType.EndObject => "the end of the object",
        JsonTokenType.True or JsonTokenType.False => $"the boolean {Raw(ref reader)}",
        JsonTokenType.Null => "null",
        var other => other.ToString(),
    };

    private static string Raw(ref Utf8JsonReader reader)
    {
        var text = reader.HasValueSequence
            ? Encoding.UTF8.GetString(reader.ValueSequence)
            : Encoding.UTF8.GetString(reader.ValueSpan);
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        return reader.TokenType == JsonTokenType.String ? $"\"{shown}\"" : shown;
    }
}
