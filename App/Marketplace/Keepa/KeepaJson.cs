using System.Text;
using System.Text.Json;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>Strict token readers: each names what it expected and what it found.</summary>
internal static class KeepaJson
{
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

    /// <summary>Reads an array of ints into the scope's scratch buffer; returns the count. The hot loop
    /// of the decoder: plain integers are parsed inline, anything else goes the slow, explaining way.</summary>
    public static int ReadIntsIntoScratch(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        Expect(ref reader, scope, JsonTokenType.StartArray, "an array");
        var buffer = scope.Scratch;
        var count = 0;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.Number || !TryParsePlainInt(reader.ValueSpan, out var value))
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return count;
                }
                value = CurrentInt(ref reader, scope, count);
            }
            if (count == buffer.Length)
            {
                buffer = scope.GrowScratch();
            }
            buffer[count++] = value;
        }
        throw scope.Fail("truncated: the JSON ends early");
    }

    /// <summary>Digits with an optional minus sign (what Keepa sends); false for anything else.</summary>
    private static bool TryParsePlainInt(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        var negative = digits.Length > 0 && digits[0] == (byte)'-';
        var start = negative ? 1 : 0;
        if (digits.Length - start is 0 or > 10)
        {
            return false;
        }
        long magnitude = 0;
        for (var i = start; i < digits.Length; i++)
        {
            var digit = (uint)(digits[i] - '0');
            if (digit > 9)
            {
                return false;
            }
            magnitude = magnitude * 10 + digit;
        }
        var signed = negative ? -magnitude : magnitude;
        if (signed is < int.MinValue or > int.MaxValue)
        {
            return false;
        }
        value = (int)signed;
        return true;
    }

    /// <summary>Reads an int array (or null) into a new array.</summary>
    public static int[]? ReadOptionalIntArray(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        var count = ReadIntsIntoScratch(ref reader, scope);
        return scope.Scratch.AsSpan(0, count).ToArray();
    }

    public static List<string>? ReadOptionalStringArray(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        Expect(ref reader, scope, JsonTokenType.StartArray, "an array of strings");
        var values = new List<string>();
        while (true)
        {
            Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return values;
            }
            if (reader.TokenType != JsonTokenType.String)
            {
                throw scope.Fail($"entry {values.Count}: expected a string but found {Describe(ref reader)}");
            }
            values.Add(scope.Intern(ref reader));
        }
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
