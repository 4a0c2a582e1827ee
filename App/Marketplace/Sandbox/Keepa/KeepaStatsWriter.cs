using System.Text.Json;

namespace SellerConsole.Marketplace.Sandbox.Keepa;

/// <summary>Writes <c>stats</c> as Keepa does: arrays in csv indexing with -1 / null for "no data".</summary>
internal static class KeepaStatsWriter
{
    private const int SalesRankIndex = 3;

    public static void Write(Utf8JsonWriter w, KeepaProductHistory product, int[]?[] csv, KeepaStatsWindow window)
    {
        var now = KeepaWireFormat.Minute(window.Now);
        var from = now - window.Days * KeepaSeriesStatistics.MinutesPerDay;
        int Days(int days) => now - days * KeepaSeriesStatistics.MinutesPerDay;
        var series = new KeepaSeriesStatistics?[KeepaWireFormat.SeriesCount];
        for (var i = 0; i < series.Length; i++)
        {
            series[i] = csv[i] is { } wire ? new KeepaSeriesStatistics(KeepaWireFormat.Steps(i, wire), now) : null;
        }

        w.WriteStartObject("stats");
        Ints(w, "current", series, s => s.Current);
        Ints(w, "avg", series, s => s.Average(from));
        Ints(w, "avg30", series, s => s.Average(Days(30)));
        Ints(w, "avg90", series, s => s.Average(Days(90)));
        Ints(w, "avg180", series, s => s.Average(Days(180)));
        Ints(w, "atIntervalStart", series, s => s.ValueAt(from));
        Extremes(w, "min", series, s => s.Extreme(highest: false));
        Extremes(w, "max", series, s => s.Extreme(highest: true));
        Extremes(w, "minInInterval", series, s => s.ExtremeSince(from, highest: false));
        Extremes(w, "maxInInterval", series, s => s.ExtremeSince(from, highest: true));
        Ints(w, "outOfStockPercentageInInterval", series, s => s.OutOfStockPercentage(from), pricesOnly: true);
        Ints(w, "outOfStockPercentage30", series, s => s.OutOfStockPercentage(Days(30)), pricesOnly: true);
        Ints(w, "outOfStockPercentage90", series, s => s.OutOfStockPercentage(Days(90)), pricesOnly: true);
        w.WriteStartArray("isLowest");
        foreach (var s in series)
        {
            w.WriteBooleanValue(s is not null && s.Current >= 0 && s.Extreme(highest: false)?.Value == s.Current);
        }
        w.WriteEndArray();
        var rank = series[SalesRankIndex];
        w.WriteNumber("salesRankDrops30", rank?.Drops(Days(30)) ?? -1);
        w.WriteNumber("salesRankDrops90", rank?.Drops(Days(90)) ?? -1);
        WriteOfferScalars(w, product, csv);
        w.WriteEndObject();
    }

    private static void WriteOfferScalars(Utf8JsonWriter w, KeepaProductHistory product, int[]?[] csv)
    {
        if (product.Offers is null)
        {
            w.WriteNumber("totalOfferCount", -2);
            w.WriteNumber("lastOffersUpdate", -1);
            return;
        }
        var summary = new KeepaOfferSummary(product, csv);
        w.WriteNumber("totalOfferCount", summary.LiveOrder.Length);
        w.WriteNumber("lastOffersUpdate", product.LastUpdate is { } updated ? KeepaWireFormat.Minute(updated) : -1);
        w.WriteNumber("retrievedOfferCount", summary.Retrieved);
        w.WriteNumber("offerCountFBA", summary.CountFba);
        w.WriteNumber("offerCountFBM", summary.CountFbm);
        w.WriteNumber("buyBoxPrice", summary.BuyBoxPrice);
        w.WriteNumber("buyBoxShipping", summary.BuyBoxShipping);
        Flag(w, "buyBoxIsUnqualified", summary.IsUnqualified);
        Flag(w, "buyBoxIsFBA", summary.BuyBoxIsFba);
        Flag(w, "buyBoxIsAmazon", summary.BuyBoxIsAmazon);
        w.WriteBoolean("buyBoxIsMAP", false);
        w.WriteBoolean("buyBoxIsUsed", false);
        w.WriteBoolean("buyBoxIsPreorder", false);
        w.WriteBoolean("buyBoxIsShippable", summary.BuyBoxPrice >= 0);
        if (summary.BuyBoxSellerId is null)
        {
            w.WriteNull("buyBoxSellerId");
        }
        else
        {
            w.WriteString("buyBoxSellerId", summary.BuyBoxSellerId);
        }
        Strings(w, "sellerIdsLowestFBA", summary.LowestFba);
        Strings(w, "sellerIdsLowestFBM", summary.LowestFbm);
        w.WriteNumber("stockAmazon", -2);
        w.WriteNumber("stockBuyBox", -2);
    }

    private static void Ints(Utf8JsonWriter w, string name, KeepaSeriesStatistics?[] series,
        Func<KeepaSeriesStatistics, int> value, bool pricesOnly = false)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < series.Length; i++)
        {
            var applies = series[i] is not null && (!pricesOnly || KeepaWireFormat.IsPrice(i));
            w.WriteNumberValue(applies ? value(series[i]!) : -1);
        }
        w.WriteEndArray();
    }

    private static void Extremes(Utf8JsonWriter w, string name, KeepaSeriesStatistics?[] series,
        Func<KeepaSeriesStatistics, (int Time, int Value)?> extreme)
    {
        w.WriteStartArray(name);
        foreach (var s in series)
        {
            if (s is not null && extreme(s) is { } e)
            {
                w.WriteStartArray();
                w.WriteNumberValue(e.Time);
                w.WriteNumberValue(e.Value);
                w.WriteEndArray();
            }
            else
            {
                w.WriteNullValue();
            }
        }
        w.WriteEndArray();
    }

    private static void Flag(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteBoolean(name, value.Value);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }
        w.WriteEndArray();
    }
}
