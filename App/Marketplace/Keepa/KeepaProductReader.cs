using System.Text.Json;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>Decodes one element of <c>products</c>; unknown fields are skipped.</summary>
internal static class KeepaProductReader
{
    public static KeepaProduct Read(ref Utf8JsonReader reader, KeepaDecodeScope scope, int index)
    {
        scope.EnterProduct(index);
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartObject, "a product object");
        // A copy of the reader at the product's start, so a failure before "asin" can still name it.
        var start = reader;
        try
        {
            return ReadBody(ref reader, scope);
        }
        catch (JsonException ex)
        {
            scope.Asin ??= FindAsin(start);
            throw scope.Fail($"malformed or truncated JSON ({ex.Message})", ex);
        }
        catch (KeepaDecodeException ex) when (ex.Asin is null && FindAsin(start) is { } asin)
        {
            throw new KeepaDecodeException(asin, index, ex.Field, ex.Problem, ex.InnerException);
        }
    }

    private static KeepaProduct ReadBody(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        string? asin = null, title = null, brand = null, manufacturer = null;
        int? productType = null, trackingSince = null, listedSince = null, lastUpdate = null;
        int? lastPriceChange = null, lastRatingUpdate = null;
        long? rootCategory = null;
        bool? offersSuccessful = null;
        var histories = KeepaHistories.Empty;
        KeepaStats? stats = null;
        List<KeepaBuyBoxSellerPoint>? buyBoxSellers = null;
        List<KeepaOffer>? offers = null;
        int[]? liveOffersOrder = null;
        while (true)
        {
            KeepaJson.Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }
            var name = scope.Intern(ref reader);
            scope.Within(null);
            scope.At(name);
            switch (name)
            {
                case "asin": scope.Asin = asin = KeepaJson.ReadOptionalString(ref reader, scope); break;
                case "productType": productType = KeepaJson.ReadInt(ref reader, scope); break;
                case "title": title = KeepaJson.ReadOptionalString(ref reader, scope); break;
                case "brand": brand = KeepaJson.ReadOptionalString(ref reader, scope); break;
                case "manufacturer": manufacturer = KeepaJson.ReadOptionalString(ref reader, scope); break;
                case "rootCategory": rootCategory = KeepaJson.ReadLong(ref reader, scope); break;
                case "trackingSince": trackingSince = KeepaJson.ReadOptionalInt(ref reader, scope); break;
                case "listedSince": listedSince = KeepaJson.ReadOptionalInt(ref reader, scope); break;
                case "lastUpdate": lastUpdate = KeepaJson.ReadOptionalInt(ref reader, scope); break;
                case "lastPriceChange": lastPriceChange = KeepaJson.ReadOptionalInt(ref reader, scope); break;
                case "lastRatingUpdate": lastRatingUpdate = KeepaJson.ReadOptionalInt(ref reader, scope); break;
                case "offersSuccessful": offersSuccessful = KeepaJson.ReadOptionalBool(ref reader, scope); break;
                case "csv": histories = KeepaCsvReader.Read(ref reader, scope); break;
                case "stats": stats = KeepaStatsReader.Read(ref reader, scope); break;
                case "offers": offers = KeepaOfferReader.ReadOffers(ref reader, scope); break;
                case "buyBoxSellerIdHistory": buyBoxSellers = KeepaOfferReader.ReadBuyBoxHistory(ref reader, scope); break;
                case "liveOffersOrder": liveOffersOrder = KeepaJsonArrays.ReadOptionalIntArray(ref reader, scope); break;
                default:
                    KeepaJson.Next(ref reader, scope);
                    reader.Skip();
                    break;
            }
        }
        scope.Within(null);
        scope.At("asin");
        var id = asin ?? throw scope.Fail("missing");
        scope.At("productType");
        var type = productType ?? throw scope.Fail("missing");
        if (type is < 0 or > (int)KeepaProductType.VariationParent)
        {
            throw scope.Fail($"unknown product type {type}");
        }
        return new KeepaProduct(
            id, (KeepaProductType)type, title, brand, manufacturer, rootCategory,
            Time(trackingSince), listedSince is 0 ? null : Time(listedSince), Time(lastUpdate),
            Time(lastPriceChange), Time(lastRatingUpdate), histories, stats, buyBoxSellers, offers,
            liveOffersOrder, offersSuccessful);
    }

    private static DateTime? Time(int? keepaMinutes) =>
        keepaMinutes is null ? null : KeepaTime.ToUtc(keepaMinutes.Value);

    private static string? FindAsin(Utf8JsonReader reader)
    {
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isAsin = reader.ValueTextEquals("asin"u8);
                if (!reader.Read())
                {
                    return null;
                }
                if (isAsin)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The product is broken past this point; the ASIN simply is not there to find.
        }
        return null;
    }
}
