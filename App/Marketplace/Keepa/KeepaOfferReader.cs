using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>Decodes <c>offers</c> and <c>buyBoxSellerIdHistory</c> (only sent with the offers parameter).</summary>
internal static class KeepaOfferReader
{
    public static List<KeepaOffer>? ReadOffers(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartArray, "an array of offers");
        var offers = new List<KeepaOffer>();
        while (true)
        {
            KeepaJson.Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                scope.Within(null);
                return offers;
            }
            scope.Within("offers", offers.Count);
            scope.At("(offer)");
            KeepaJson.Expect(ref reader, scope, JsonTokenType.StartObject, "an offer object");
            offers.Add(ReadOffer(ref reader, scope));
        }
    }

    private static KeepaOffer ReadOffer(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        int? offerId = null, lastSeen = null, condition = null;
        string? sellerId = null;
        KeepaShippingSeries? history = null;
        bool? isFba = null, isAmazon = null, isPrime = null, isShippable = null;
        while (KeepaJson.NextProperty(ref reader, scope, out var name))
        {
            switch (name)
            {
                case "offerId": offerId = KeepaJson.ReadInt(ref reader, scope); break;
                case "lastSeen": lastSeen = KeepaJson.ReadOptionalInt(ref reader, scope); break;
                case "sellerId": sellerId = KeepaJson.ReadOptionalString(ref reader, scope, intern: true); break;
                case "condition": condition = KeepaJson.ReadInt(ref reader, scope); break;
                case "isFBA": isFba = KeepaJson.ReadOptionalBool(ref reader, scope); break;
                case "isAmazon": isAmazon = KeepaJson.ReadOptionalBool(ref reader, scope); break;
                case "isPrime": isPrime = KeepaJson.ReadOptionalBool(ref reader, scope); break;
                case "isShippable": isShippable = KeepaJson.ReadOptionalBool(ref reader, scope); break;
                case "offerCSV": history = ReadOfferCsv(ref reader, scope); break;
                default:
                    KeepaJson.Next(ref reader, scope);
                    reader.Skip();
                    break;
            }
        }
        var id = offerId ?? throw Missing(scope, "offerId");
        var seller = sellerId ?? throw Missing(scope, "sellerId");
        var prices = history ?? throw Missing(scope, "offerCSV");
        var code = condition ?? (int)KeepaOfferCondition.Unknown;
        if (code is < 0 or > (int)KeepaOfferCondition.CollectibleAcceptable)
        {
            scope.At("condition");
            throw scope.Fail($"unknown condition code {code}");
        }
        return new KeepaOffer(
            id, seller, (KeepaOfferCondition)code, isFba ?? false, isAmazon ?? false, isPrime ?? false,
            isShippable ?? false, lastSeen is null ? null : KeepaTime.ToUtc(lastSeen.Value), prices);
    }

    private static KeepaShippingSeries ReadOfferCsv(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Next(ref reader, scope);
        var count = KeepaJsonArrays.ReadIntsIntoScratch(ref reader, scope);
        if (count % 3 != 0)
        {
            throw scope.Fail($"{count} entries is not a whole number of (time, price, shipping) triplets");
        }
        return new KeepaShippingSeries(scope.Scratch.AsSpan(0, count).ToArray());
    }

    /// <summary>["minute", "sellerId", ...]: both as strings; "-1" = nobody, "-2" = unknown seller.</summary>
    public static List<KeepaBuyBoxSellerPoint>? ReadBuyBoxHistory(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartArray, "an array of strings");
        var points = new List<KeepaBuyBoxSellerPoint>();
        while (true)
        {
            var entry = points.Count * 2;
            KeepaJson.Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return points;
            }
            var minutes = Minutes(ref reader, scope, entry);
            KeepaJson.Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                throw scope.Fail($"odd number of entries ({entry + 1})");
            }
            ExpectString(ref reader, scope, entry + 1);
            var seller = reader.ValueTextEquals("-1"u8) ? null
                : reader.ValueTextEquals("-2"u8) ? KeepaBuyBoxSellerPoint.UnknownSeller
                : scope.Intern(ref reader);
            points.Add(new KeepaBuyBoxSellerPoint(KeepaTime.ToUtc(minutes), seller));
        }
    }

    private static int Minutes(ref Utf8JsonReader reader, KeepaDecodeScope scope, int entry)
    {
        ExpectString(ref reader, scope, entry);
        if (!reader.HasValueSequence && !reader.ValueIsEscaped
            && Utf8Parser.TryParse(reader.ValueSpan, out int minutes, out var consumed) && consumed == reader.ValueSpan.Length)
        {
            return minutes;
        }
        var text = reader.GetString();
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out minutes)
            ? minutes
            : throw scope.Fail($"entry {entry}: \"{text}\" is not a Keepa minute");
    }

    private static void ExpectString(ref Utf8JsonReader reader, KeepaDecodeScope scope, int entry)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw scope.Fail($"entry {entry}: expected a string but found {KeepaJson.Describe(ref reader)}");
        }
    }

    private static KeepaDecodeException Missing(KeepaDecodeScope scope, string field)
    {
        scope.At(field);
        return scope.Fail("missing");
    }
}
