using System.Text.Json;
using SellerConsole.Shared;

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
        KeepaPoint<decimal>[]? rating = null;
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
            var count = KeepaJson.ReadIntsIntoScratch(ref reader, scope);
            var series = (KeepaSeries)index;
            var values = scope.Scratch.AsSpan(0, count);
            CheckShape(series, count, scope);
            switch (series.Kind())
            {
                case KeepaSeriesKind.Price:
                    prices[series] = Prices(values);
                    break;
                case KeepaSeriesKind.PriceWithShipping:
                    shipping[series] = Triplets(values);
                    break;
                case KeepaSeriesKind.Rating:
                    rating = Ratings(values);
                    break;
                case KeepaSeriesKind.OfferFetch:
                    integers[series] = Integers(values, gapsBelowZero: false);
                    break;
                default:
                    integers[series] = Integers(values, gapsBelowZero: true);
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

    /// <summary>Decodes (time, price, shipping) triplets; used for csv and for offers.</summary>
    public static KeepaShippingPoint[] Triplets(ReadOnlySpan<int> values)
    {
        var points = new KeepaShippingPoint[values.Length / 3];
        for (var i = 0; i < points.Length; i++)
        {
            var time = KeepaTime.ToUtc(values[3 * i]);
            var price = values[3 * i + 1];
            var shipping = values[3 * i + 2];
            points[i] = price < 0
                ? new KeepaShippingPoint(time, null, null)
                : new KeepaShippingPoint(time, Money.FromPence(price), shipping < 0 ? null : Money.FromPence(shipping));
        }
        return points;
    }

    private static KeepaPoint<decimal>[] Prices(ReadOnlySpan<int> values)
    {
        var points = new KeepaPoint<decimal>[values.Length / 2];
        for (var i = 0; i < points.Length; i++)
        {
            var value = values[2 * i + 1];
            points[i] = new KeepaPoint<decimal>(KeepaTime.ToUtc(values[2 * i]), value < 0 ? null : Money.FromPence(value));
        }
        return points;
    }

    private static KeepaPoint<decimal>[] Ratings(ReadOnlySpan<int> values)
    {
        var points = new KeepaPoint<decimal>[values.Length / 2];
        for (var i = 0; i < points.Length; i++)
        {
            var value = values[2 * i + 1];
            points[i] = new KeepaPoint<decimal>(KeepaTime.ToUtc(values[2 * i]), value < 0 ? null : value / 10m);
        }
        return points;
    }

    private static KeepaPoint<int>[] Integers(ReadOnlySpan<int> values, bool gapsBelowZero)
    {
        var points = new KeepaPoint<int>[values.Length / 2];
        for (var i = 0; i < points.Length; i++)
        {
            var value = values[2 * i + 1];
            points[i] = new KeepaPoint<int>(KeepaTime.ToUtc(values[2 * i]), gapsBelowZero && value < 0 ? null : value);
        }
        return points;
    }
}
