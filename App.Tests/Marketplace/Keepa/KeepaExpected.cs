using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

/// <summary>What the decoder must give back for a Sandbox history, worked out from the history alone.</summary>
internal static class KeepaExpected
{
    public static DateTime Floor(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);

    public static DateTime? Floor(DateTime? utc) => utc is { } t ? Floor(t) : null;

    public static KeepaPoint<decimal>[] Decimals(IReadOnlyList<KeepaHistoryPoint> points) =>
        [.. points.Select(p => new KeepaPoint<decimal>(Floor(p.Utc), p.Value))];

    public static KeepaPoint<int>[] Integers(IReadOnlyList<KeepaHistoryPoint> points) =>
        [.. points.Select(p => new KeepaPoint<int>(Floor(p.Utc), (int?)p.Value))];

    public static KeepaShippingPoint[] Shipping(IReadOnlyList<KeepaHistoryTriplet> points) =>
        [.. points.Select(p => p.Price is null
            ? new KeepaShippingPoint(Floor(p.Utc), null, null)
            : new KeepaShippingPoint(Floor(p.Utc), p.Price, p.Shipping))];

    public static KeepaBuyBoxSellerPoint[] BuyBox(IReadOnlyList<KeepaBuyBoxChange> changes) =>
        [.. changes.Select(c => new KeepaBuyBoxSellerPoint(Floor(c.Utc), c.UnknownSeller ? KeepaBuyBoxSellerPoint.UnknownSeller : c.SellerId))];

    /// <summary>
    /// The decoded history of a series as (time, value in stats units): landed price for shipping
    /// series (unknown shipping counts as free, as the Sandbox reports it), negative = no data.
    /// </summary>
    public static List<(DateTime Time, decimal? Value)> StatsSteps(KeepaHistories histories, KeepaSeries series) =>
        series.Kind() switch
        {
            KeepaSeriesKind.PriceWithShipping =>
                [.. histories.Shipping(series)!.Select(p => (p.Time, p.Price is null ? null : p.Price + (p.Shipping ?? 0m)))],
            KeepaSeriesKind.Price => [.. histories.Price(series)!.Select(p => (p.Time, p.Value))],
            KeepaSeriesKind.Rating => [.. histories.Rating!.Select(p => (p.Time, p.Value))],
            _ => [.. histories.Integer(series)!.Select(p => (p.Time, p.Value is { } v && v >= 0 ? (decimal?)v : null))],
        };
}
