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
        KeepaShippingPoint[]? history = null;
        bool? isFba = null, isAmazon = null, isPrime = null, isShippable = null;
        while (true)
        {
            KeepaJson.Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }
            var name = reader.GetString()!;
            scope.At(name);
            switch (name)
            {
                case "offerId": offerId = KeepaJson.ReadInt(ref reader, scope); break;
                case "lastSeen": lastSeen = KeepaJson.ReadOptionalInt(ref reader, scope); break;
                case "sellerId": sellerId = KeepaJson.ReadOptionalString(ref reader, scope); break;
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

    private static KeepaShippingPoint[] ReadOfferCsv(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Next(ref reader, scope);
        var count = KeepaJson.ReadIntsIntoScratch(ref reader, scope);
        if (count % 3 != 0)
        {
            throw scope.Fail($"{count} entries is not a whole number of (time, price, shipping) triplets");
        }
        return KeepaCsvReader.Triplets(scope.Scratch.AsSpan(0, count));
    }

    public static List<KeepaBuyBoxSellerPoint>? ReadBuyBoxHistory(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        var values = KeepaJson.ReadOptionalStringArray(ref reader, scope);
        if (values is null)
        {
            return null;
        }
        if (values.Count % 2 != 0)
        {
            throw scope.Fail($"odd number of entries ({values.Count})");
        }
        var points = new List<KeepaBuyBoxSellerPoint>(values.Count / 2);
        for (var i = 0; i < values.Count; i += 2)
        {
            if (!int.TryParse(values[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var minutes))
            {
                throw scope.Fail($"entry {i}: \"{values[i]}\" is not a Keepa minute");
            }
            var seller = values[i + 1] switch
            {
                "-1" => null,
                "-2" => KeepaBuyBoxSellerPoint.UnknownSeller,
                var id => id,
            };
            points.Add(new KeepaBuyBoxSellerPoint(KeepaTime.ToUtc(minutes), seller));
        }
        return points;
    }

    private static KeepaDecodeException Missing(KeepaDecodeScope scope, string field)
    {
        scope.At(field);
        return scope.Fail("missing");
    }
}
