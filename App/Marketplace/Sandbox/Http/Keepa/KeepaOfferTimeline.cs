using SellerConsole.Marketplace.Sandbox.Keepa;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Replays every offer's price history in time order, so histories Keepa derives from the offers
/// (lowest New, lowest FBA, lowest FBM with shipping, offer counts) come out as change points.
/// </summary>
internal static class KeepaOfferTimeline
{
    private readonly record struct Live(bool IsFba, bool IsAmazon, decimal Price, decimal Shipping)
    {
        public bool IsThirdPartyFba => IsFba && !IsAmazon;
        public bool IsThirdPartyFbm => !IsFba && !IsAmazon;
        public decimal Landed => Price + Shipping;
    }

    public sealed record Derived(
        List<KeepaHistoryPoint> LowestNew,
        List<KeepaHistoryPoint> LowestFba,
        List<KeepaHistoryTriplet> LowestFbmShipping,
        List<KeepaHistoryPoint> CountFba,
        List<KeepaHistoryPoint> CountFbm);

    public static Derived Derive(IReadOnlyList<OfferHistory> offers)
    {
        var derived = new Derived([], [], [], [], []);
        var state = new Live?[offers.Count];
        var changes = offers
            .SelectMany((offer, index) => offer.Points.Select(point => (point.TimeUtc, Index: index, Point: point)))
            .OrderBy(c => c.TimeUtc).ThenBy(c => c.Index)
            .ToList();
        for (var i = 0; i < changes.Count;)
        {
            var time = changes[i].TimeUtc;
            for (; i < changes.Count && changes[i].TimeUtc == time; i++)
            {
                var (_, index, point) = changes[i];
                state[index] = point.Price is { } price
                    ? new Live(offers[index].IsFba, offers[index].IsAmazon, price, point.Shipping ?? 0)
                    : null;
            }
            var live = state.Where(s => s is not null).Select(s => s!.Value).ToList();
            Add(derived.LowestNew, time, live.Count > 0 ? live.Min(o => o.Price) : null);
            var fba = live.Where(o => o.IsThirdPartyFba).ToList();
            Add(derived.LowestFba, time, fba.Count > 0 ? fba.Min(o => o.Price) : null);
            var fbm = live.Where(o => o.IsThirdPartyFbm).OrderBy(o => o.Landed).ThenBy(o => o.Shipping).FirstOrDefault();
            var cheapestFbm = live.Any(o => o.IsThirdPartyFbm) ? fbm : (Live?)null;
            Add(derived.LowestFbmShipping, new KeepaHistoryTriplet(time, cheapestFbm?.Price, cheapestFbm?.Shipping));
            Add(derived.CountFba, time, fba.Count);
            Add(derived.CountFbm, time, live.Count(o => o.IsThirdPartyFbm));
        }
        return derived;
    }

    private static void Add(List<KeepaHistoryPoint> series, DateTime time, decimal? value)
    {
        if (series.Count == 0 || series[^1].Value != value) series.Add(new KeepaHistoryPoint(time, value));
    }

    private static void Add(List<KeepaHistoryTriplet> series, KeepaHistoryTriplet point)
    {
        if (series.Count == 0 || series[^1].Price != point.Price || series[^1].Shipping != point.Shipping) series.Add(point);
    }
}
