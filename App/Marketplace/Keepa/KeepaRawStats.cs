using System.Text.Json;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>The stats fields as sent (wire sentinels intact) until <see cref="Build"/> maps them.</summary>
internal sealed class KeepaRawStats
{
    private readonly Dictionary<string, int[]?> _arrays = [];
    private readonly Dictionary<string, (int Time, int Value)?[]?> _extremes = [];
    private readonly Dictionary<string, int?> _ints = [];
    private readonly Dictionary<string, bool?> _flags = [];
    private string? _buyBoxSellerId;
    private List<string>? _lowestFba;
    private List<string>? _lowestFbm;

    public bool TryRead(string name, ref Utf8JsonReader reader, KeepaDecodeScope scope)
    {
        switch (name)
        {
            case "current" or "avg" or "avg30" or "avg90" or "avg180" or "atIntervalStart"
                or "outOfStockPercentageInInterval" or "outOfStockPercentage30" or "outOfStockPercentage90":
                _arrays[name] = KeepaJsonArrays.ReadOptionalIntArray(ref reader, scope);
                return true;
            case "min" or "max" or "minInInterval" or "maxInInterval":
                _extremes[name] = KeepaStatsReader.ReadExtremes(ref reader, scope);
                return true;
            case "totalOfferCount" or "lastOffersUpdate" or "retrievedOfferCount" or "offerCountFBA"
                or "offerCountFBM" or "stockAmazon" or "stockBuyBox" or "salesRankDrops30" or "salesRankDrops90"
                or "buyBoxPrice" or "buyBoxShipping":
                _ints[name] = KeepaJson.ReadOptionalInt(ref reader, scope);
                return true;
            case "buyBoxIsFBA" or "buyBoxIsAmazon" or "buyBoxIsUnqualified" or "buyBoxIsMAP" or "buyBoxIsUsed"
                or "buyBoxIsPreorder" or "buyBoxIsShippable":
                _flags[name] = KeepaJson.ReadOptionalBool(ref reader, scope);
                return true;
            case "buyBoxSellerId":
                _buyBoxSellerId = KeepaJson.ReadOptionalString(ref reader, scope);
                return true;
            case "sellerIdsLowestFBA":
                _lowestFba = KeepaJsonArrays.ReadOptionalStringArray(ref reader, scope);
                return true;
            case "sellerIdsLowestFBM":
                _lowestFbm = KeepaJsonArrays.ReadOptionalStringArray(ref reader, scope);
                return true;
            default:
                return false;
        }
    }

    public KeepaStats Build()
    {
        var series = new Dictionary<KeepaSeries, KeepaSeriesStats>();
        for (var i = 0; i < KeepaSeriesInfo.Count; i++)
        {
            var s = (KeepaSeries)i;
            if (HasAny(i))
            {
                series[s] = new KeepaSeriesStats(
                    s, Value(s, "current"), Value(s, "avg"), Value(s, "avg30"), Value(s, "avg90"), Value(s, "avg180"),
                    Value(s, "atIntervalStart"), Extreme(s, "min"), Extreme(s, "max"), Extreme(s, "minInInterval"),
                    Extreme(s, "maxInInterval"), Percent(s, "outOfStockPercentageInInterval"),
                    Percent(s, "outOfStockPercentage30"), Percent(s, "outOfStockPercentage90"));
            }
        }
        var lastOffersUpdate = Count("lastOffersUpdate");
        return new KeepaStats(
            series,
            Count("totalOfferCount"),
            lastOffersUpdate is null ? null : KeepaTime.ToUtc(lastOffersUpdate.Value),
            Count("retrievedOfferCount"),
            Count("offerCountFBA"),
            Count("offerCountFBM"),
            Count("stockAmazon"),
            Count("stockBuyBox"),
            Count("salesRankDrops30"),
            Count("salesRankDrops90"),
            _lowestFba,
            _lowestFbm,
            new KeepaBuyBoxStats(
                Pence("buyBoxPrice"), Pence("buyBoxShipping"),
                _buyBoxSellerId is null or "-1" or "-2" ? null : _buyBoxSellerId,
                Flag("buyBoxIsFBA"), Flag("buyBoxIsAmazon"), Flag("buyBoxIsUnqualified"), Flag("buyBoxIsMAP"),
                Flag("buyBoxIsUsed"), Flag("buyBoxIsPreorder"), Flag("buyBoxIsShippable")));
    }

    // Keepa sends every array with an entry per series; a series with only sentinels is left out.
    private bool HasAny(int index) =>
        _arrays.Values.Any(values => values is not null && index < values.Length && values[index] >= 0)
        || _extremes.Values.Any(values => values is not null && index < values.Length && values[index] is { Value: >= 0 });

    /// <summary>Keepa uses -1 ("no data") and -2 ("unset") as sentinels in every scalar.</summary>
    private int? Count(string name) => _ints.GetValueOrDefault(name) is { } v && v >= 0 ? v : null;

    private decimal? Pence(string name) => Count(name) is { } pence ? Money.FromPence(pence) : null;

    private bool? Flag(string name) => _flags.GetValueOrDefault(name);

    private decimal? Value(KeepaSeries series, string field) =>
        _arrays.GetValueOrDefault(field) is { } values && (int)series < values.Length
            ? Natural(series, values[(int)series])
            : null;

    private int? Percent(KeepaSeries series, string field) =>
        _arrays.GetValueOrDefault(field) is { } values && (int)series < values.Length && values[(int)series] >= 0
            ? values[(int)series]
            : null;

    private KeepaExtreme? Extreme(KeepaSeries series, string field) =>
        _extremes.GetValueOrDefault(field) is { } values && (int)series < values.Length
            && values[(int)series] is { } e && Natural(series, e.Value) is { } value
            ? new KeepaExtreme(KeepaTime.ToUtc(e.Time), value)
            : null;

    private static decimal? Natural(KeepaSeries series, int raw) => raw < 0
        ? null
        : series.Kind() switch
        {
            KeepaSeriesKind.Price or KeepaSeriesKind.PriceWithShipping => Money.FromPence(raw),
            KeepaSeriesKind.Rating => raw / 10m,
            _ => raw,
        };
}
