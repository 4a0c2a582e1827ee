using System.Text.Json;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>Array readers: the csv hot loop and the small arrays of stats and offers.</summary>
internal static class KeepaJsonArrays
{
    /// <summary>Reads an array of ints into the scope's scratch buffer; returns the count. The hot loop
    /// of the decoder: plain integers are parsed inline, anything else goes the slow, explaining way.</summary>
    public static int ReadIntsIntoScratch(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartArray, "an array");
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
                value = KeepaJson.CurrentInt(ref reader, scope, count);
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
        KeepaJson.Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        var count = ReadIntsIntoScratch(ref reader, scope);
        return scope.Scratch.AsSpan(0, count).ToArray();
    }

    public static List<string>? ReadOptionalStringArray(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartArray, "an array of strings");
        var values = new List<string>();
        while (true)
        {
            KeepaJson.Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return values;
            }
            if (reader.TokenType != JsonTokenType.String)
            {
                throw scope.Fail($"entry {values.Count}: expected a string but found {KeepaJson.Describe(ref reader)}");
            }
            values.Add(scope.Intern(ref reader));
        }
    }
}
