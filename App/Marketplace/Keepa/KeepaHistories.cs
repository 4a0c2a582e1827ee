using System.Collections.Frozen;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// The decoded <c>csv</c> histories of one product, split by value type. A series Keepa did not
/// send is absent (the accessors return null); a series it sent empty is an empty list.
/// </summary>
public sealed class KeepaHistories(
    IReadOnlyDictionary<KeepaSeries, IReadOnlyList<KeepaPoint<decimal>>> prices,
    IReadOnlyDictionary<KeepaSeries, IReadOnlyList<KeepaShippingPoint>> shippingPrices,
    IReadOnlyDictionary<KeepaSeries, IReadOnlyList<KeepaPoint<int>>> integers,
    IReadOnlyList<KeepaPoint<decimal>>? rating)
{
    public static readonly KeepaHistories Empty = new(
        FrozenDictionary<KeepaSeries, IReadOnlyList<KeepaPoint<decimal>>>.Empty,
        FrozenDictionary<KeepaSeries, IReadOnlyList<KeepaShippingPoint>>.Empty,
        FrozenDictionary<KeepaSeries, IReadOnlyList<KeepaPoint<int>>>.Empty,
        null);

    /// <summary>Plain price series in GBP (kind <see cref="KeepaSeriesKind.Price"/>).</summary>
    public IReadOnlyDictionary<KeepaSeries, IReadOnlyList<KeepaPoint<decimal>>> Prices { get; } = prices;

    /// <summary>Shipping series (kind <see cref="KeepaSeriesKind.PriceWithShipping"/>).</summary>
    public IReadOnlyDictionary<KeepaSeries, IReadOnlyList<KeepaShippingPoint>> ShippingPrices { get; } = shippingPrices;

    /// <summary>Sales rank, counts and offer fetches (kinds Rank, Count, OfferFetch).</summary>
    public IReadOnlyDictionary<KeepaSeries, IReadOnlyList<KeepaPoint<int>>> Integers { get; } = integers;

    /// <summary>Star rating (4.5 = four and a half stars).</summary>
    public IReadOnlyList<KeepaPoint<decimal>>? Rating { get; } = rating;

    public IReadOnlyList<KeepaPoint<decimal>>? Price(KeepaSeries series) =>
        Prices.GetValueOrDefault(Expect(series, KeepaSeriesKind.Price));

    public IReadOnlyList<KeepaShippingPoint>? Shipping(KeepaSeries series) =>
        ShippingPrices.GetValueOrDefault(Expect(series, KeepaSeriesKind.PriceWithShipping));

    public IReadOnlyList<KeepaPoint<int>>? Integer(KeepaSeries series) =>
        series.Kind() is KeepaSeriesKind.Rank or KeepaSeriesKind.Count or KeepaSeriesKind.OfferFetch
            ? Integers.GetValueOrDefault(series)
            : throw new ArgumentException($"{series} is a {series.Kind()} series, not an integer one.", nameof(series));

    public IReadOnlyList<KeepaPoint<int>>? SalesRank => Integers.GetValueOrDefault(KeepaSeries.Sales);

    public IReadOnlyList<KeepaShippingPoint>? BuyBox => ShippingPrices.GetValueOrDefault(KeepaSeries.BuyBoxShipping);

    /// <summary>Every series present, whatever its kind.</summary>
    public IEnumerable<KeepaSeries> Present =>
        Prices.Keys.Concat(ShippingPrices.Keys).Concat(Integers.Keys)
            .Concat(Rating is null ? [] : [KeepaSeries.Rating])
            .Order();

    private static KeepaSeries Expect(KeepaSeries series, KeepaSeriesKind kind) =>
        series.Kind() == kind
            ? series
            : throw new ArgumentException($"{series} is a {series.Kind()} series, not {kind}.", nameof(series));
}
