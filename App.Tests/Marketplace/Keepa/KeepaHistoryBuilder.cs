using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

/// <summary>Builds Sandbox histories with times given as Keepa minutes (0 = 2011-01-01T00:00Z).</summary>
internal sealed class KeepaHistoryBuilder(string asin)
{
    private readonly Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryPoint>> _series = [];
    private readonly Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryTriplet>> _shipping = [];
    private List<KeepaBuyBoxChange>? _buyBox;
    private List<KeepaOfferHistory>? _offers;
    private DateTime? _lastUpdate;

    public static DateTime At(int minute) => RandomKeepaHistories.Epoch.AddMinutes(minute);

    public KeepaHistoryBuilder Pairs(KeepaSeries series, params (int Minute, decimal? Value)[] points)
    {
        _series[series] = [.. points.Select(p => new KeepaHistoryPoint(At(p.Minute), p.Value))];
        return this;
    }

    public KeepaHistoryBuilder Triplets(KeepaSeries series, params (int Minute, decimal? Price, decimal? Shipping)[] points)
    {
        _shipping[series] = [.. points.Select(p => new KeepaHistoryTriplet(At(p.Minute), p.Price, p.Shipping))];
        return this;
    }

    public KeepaHistoryBuilder BuyBox(params (int Minute, string? Seller)[] changes)
    {
        _buyBox = [.. changes.Select(c => new KeepaBuyBoxChange(At(c.Minute), c.Seller))];
        return this;
    }

    public KeepaHistoryBuilder Offer(string seller, bool isFba, bool isLive, params (int Minute, decimal? Price, decimal? Shipping)[] prices)
    {
        _offers ??= [];
        var history = prices.Select(p => new KeepaHistoryTriplet(At(p.Minute), p.Price, p.Shipping)).ToList();
        _offers.Add(new KeepaOfferHistory(_offers.Count + 1, seller, 1, isFba, false, isFba, true, isLive, history[^1].Utc, history));
        return this;
    }

    public KeepaHistoryBuilder Updated(int minute)
    {
        _lastUpdate = At(minute);
        return this;
    }

    public KeepaProductHistory Build() => new(asin)
    {
        Title = "Test product " + asin,
        LastUpdate = _lastUpdate,
        Series = _series,
        ShippingSeries = _shipping,
        BuyBoxSellers = _buyBox,
        Offers = _offers,
    };
}
