using System.Text.Json;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>Decodes <c>product.csv</c>: one flat int array per series, nulls for absent series.</summary>
internal static class KeepaCsvReader
{
    public static KeepaHistories Read(ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        KeepaJson.Next(ref reader, scope);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return KeepaHistories.Empty;
        }
        KeepaJson.Expect(ref reader, scope, JsonTokenType.StartArray, "an array of series");

        var prices = new Dictionary<KeepaSeries, IReadOnlyList<KeepaPoint<decimal>>>();
        var shipping = new Dictionary<KeepaSeries, IReadOnlyList<KeepaShippingPoint>>();
        var integers = new Dictionary<KeepaSeries, IReadOnlyList<KeepaPoint<int>>>();
        KeepaRatingSeries? rating = null;
        for (var index = 0; ; index++)
        {
            scope.At("csv", index);
            KeepaJson.Next(ref reader, scope);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }
            if (!KeepaSeriesInfo.IsKnown(index))
            {
                // A series newer than this adapter: ignore it like any unknown field.
                reader.Skip();
                continue;
            }
            var count = KeepaJsonArrays.ReadIntsIntoScratch(ref reader, scope);
            var series = (KeepaSeries)index;
            CheckShape(series, count, scope);
            var values = scope.Scratch.AsSpan(0, count).ToArray();
            switch (series.Kind())
            {
                case KeepaSeriesKind.Price:
                    prices[series] = new KeepaPriceSeries(values);
                    break;
                case KeepaSeriesKind.PriceWithShipping:
                    shipping[series] = new KeepaShippingSeries(values);
                    break;
                case KeepaSeriesKind.Rating:
                    rating = new KeepaRatingSeries(values);
                    break;
                case KeepaSeriesKind.OfferFetch:
                    integers[series] = new KeepaIntegerSeries(values, gapsBelowZero: false);
                    break;
                default:
                    integers[series] = new KeepaIntegerSeries(values, gapsBelowZero: true);
                    break;
            }
        }
        return new KeepaHistories(prices, shipping, integers, rating);
    }

    public static void CheckShape(KeepaSeries series, int count, KeepaDecodeScope scope)
    {
        if (series.IsTriplet() && count % 3 != 0)
        {
            throw scope.Fail($"{count} entries is not a whole number of (time, price, shipping) triplets");
        }
        if (!series.IsTriplet() && count % 2 != 0)
        {
            throw scope.Fail($"odd number of entries ({count})");
        }
    }
}
