using System.Text.Json;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>Decodes <c>product.stats</c>: per-series arrays in csv indexing plus offer scalars.</summary>
internal static class KeepaStatsReader
{
    public static KeepaStats? Read(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartObject, "an object");
        scope.Within("stats");
        var raw = new KeepaRawStats();
        while (KeepaJson.NextProperty(ref reader, scope, out var name))
        {
            if (!raw.TryRead(name, ref reader, scope))
            {
                KeepaJson.Next(ref reader, scope);
                reader.Skip();
            }
        }
        scope.Within(null);
        return raw.Build();
    }

    /// <summary>Reads an array of [time, value] pairs or nulls.</summary>
    public static (int Time, int Value)?[]? ReadExtremes(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartArray, "an array of [time, value] pairs");
        var extremes = new List<(int, int)?>(KeepaSeriesInfo.Count);
        while (true)
        {
            KeepaJson.Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return [.. extremes];
            }
            if (reader.TokenType == JsonTokenType.Null)
            {
                extremes.Add(null);
                continue;
            }
            var count = KeepaJsonArrays.ReadIntsIntoScratch(ref reader, scope);
            if (count != 2)
            {
                throw scope.Fail($"entry {extremes.Count}: expected [time, value] but found {count} numbers");
            }
            extremes.Add((scope.Scratch[0], scope.Scratch[1]));
        }
    }
}
