using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Keepa;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Turns the simulation's histories of one ASIN into the Keepa encoder's model. What Keepa only sends
/// with extra parameters is only filled in with them: offers and the Buy Box seller history with
/// <c>offers</c>, the Buy Box price with <c>offers</c> or <c>buybox</c>, rating and reviews with
/// <c>offers</c> or <c>rating</c>.
/// </summary>
internal static class KeepaHistoryMapper
{
    public static KeepaProductHistory Ours(CatalogListing listing, AsinHistory h, KeepaRequest request)
    {
        var from = request.Days is { } days ? h.AsOfUtc.AddDays(-days) : (DateTime?)null;
        var extra = request.Offers is not null;
        var derived = KeepaOfferTimeline.Derive(h.Offers);
        var series = new Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryPoint>>
        {
            [KeepaSeries.Amazon] = Points(h.AmazonPrice, v => v),
            [KeepaSeries.New] = derived.LowestNew,
            [KeepaSeries.Sales] = Points(h.SalesRank, v => v),
            [KeepaSeries.NewFba] = derived.LowestFba,
            [KeepaSeries.CountNew] = Points(h.NewOfferCount, v => v),
            [KeepaSeries.CountNewFba] = derived.CountFba,
            [KeepaSeries.CountNewFbm] = derived.CountFbm,
        };
        if (extra || request.Rating)
        {
            series[KeepaSeries.Rating] = Points(h.Rating, v => v);
            series[KeepaSeries.CountReviews] = Points(h.ReviewCount, v => v);
        }
        var shipping = new Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryTriplet>>
        {
            [KeepaSeries.NewFbmShipping] = derived.LowestFbmShipping,
        };
        if (extra || request.BuyBox) shipping[KeepaSeries.BuyBoxShipping] = BuyBox(h);

        return Describe(new KeepaProductHistory(h.Asin), listing.Content.Title, listing.Brand, listing.Category,
            listing.Content, h.FromUtc, h.AsOfUtc) with
        {
            ListedSince = listing.OpenedUtc,
            LastPriceChange = derived.LowestNew.Count > 0 ? derived.LowestNew[^1].Utc : null,
            LastRatingUpdate = h.Rating.Count > 0 ? h.Rating[^1].TimeUtc : null,
            Series = request.History ? series.ToDictionary(s => s.Key, s => Trim(s.Value, from)) : new(),
            ShippingSeries = request.History ? shipping.ToDictionary(s => s.Key, s => Trim(s.Value, from)) : new(),
            BuyBoxSellers = extra || request.BuyBox ? h.BuyBoxWinnerSellerId.Select(p => new KeepaBuyBoxChange(p.TimeUtc, p.Value)).ToList() : null,
            Offers = extra ? Offers(h, request) : null,
        };
    }

    /// <summary>A competitor's ASIN: Keepa tracks it, but the Sandbox only knows its catalogue facts as of now.</summary>
    public static KeepaProductHistory Peer(PeerListing peer, DateTime nowUtc, KeepaRequest request)
    {
        var series = new Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryPoint>>
        {
            [KeepaSeries.New] = [new(nowUtc, peer.Price)],
            [KeepaSeries.Sales] = [new(nowUtc, peer.SalesRank)],
        };
        if (request.Offers is not null || request.Rating)
        {
            series[KeepaSeries.Rating] = [new(nowUtc, peer.Rating)];
            series[KeepaSeries.CountReviews] = [new(nowUtc, peer.ReviewCount)];
        }
        return Describe(new KeepaProductHistory(peer.Asin), peer.Content.Title, peer.Brand, peer.Category, peer.Content, nowUtc, nowUtc) with
        {
            Series = request.History ? series : new(),
            Offers = request.Offers is not null ? [] : null,
        };
    }

    /// <summary>An ASIN nobody sells: Keepa's INVALID product type with no data.</summary>
    public static KeepaProductHistory Unknown(string asin) => new(asin) { ProductType = 4 };

    private static KeepaProductHistory Describe(KeepaProductHistory p, string title, string brand, string category,
        ListingContent content, DateTime trackingSince, DateTime lastUpdate) => p with
    {
        Title = title,
        Brand = brand,
        Manufacturer = brand,
        RootCategory = CatalogClassifications.RootNode,
        Categories = [CatalogClassifications.RootNode, CatalogClassifications.Node(category)],
        Features = content.Bullets,
        ImagesCsv = string.Join(',', content.Images.Select(i => Path.GetFileName(new Uri(i.Url).AbsolutePath))),
        TrackingSince = trackingSince,
        LastUpdate = lastUpdate,
    };

    private static List<KeepaHistoryTriplet> BuyBox(AsinHistory h)
    {
        var offers = h.Offers.GroupBy(o => o.SellerId).ToDictionary(g => g.Key, g => g.First().Points);
        return [.. h.BuyBoxLanded.Select(point =>
        {
            if (point.Value is not { } landed) return new KeepaHistoryTriplet(point.TimeUtc, null, null);
            var winner = At(h.BuyBoxWinnerSellerId, point.TimeUtc, p => p.TimeUtc)?.Value;
            var offer = winner is not null && offers.TryGetValue(winner, out var points) ? At(points, point.TimeUtc, p => p.TimeUtc) : null;
            return offer is { Price: { } price } && price + (offer.Shipping ?? 0) == landed
                ? new KeepaHistoryTriplet(point.TimeUtc, price, offer.Shipping ?? 0)
                : new KeepaHistoryTriplet(point.TimeUtc, landed, 0);
        })];
    }

    private static List<KeepaOfferHistory> Offers(AsinHistory h, KeepaRequest request) =>
        [.. h.Offers.Select((o, i) =>
            {
                var live = o.LeftUtc is null && o.Points.Count > 0 && o.Points[^1].Price is not null;
                var prices = o.Points.Select(p => new KeepaHistoryTriplet(p.TimeUtc, p.Price, p.Shipping)).ToList();
                return new KeepaOfferHistory(i, o.SellerId, 1, o.IsFba, o.IsAmazon, o.IsFba || o.IsAmazon, true, live,
                    live ? h.AsOfUtc : o.LeftUtc ?? (prices.Count > 0 ? prices[^1].Utc : o.FirstSeenUtc), prices);
            })
            .Where(o => o.IsLive || !request.OnlyLiveOffers)
            .Take(request.Offers ?? 0)];

    private static List<KeepaHistoryPoint> Points<T>(IReadOnlyList<ChangePoint<T>> points, Func<T, decimal?> value) =>
        [.. points.Select(p => new KeepaHistoryPoint(p.TimeUtc, value(p.Value)))];

    /// <summary>The last point at or before <paramref name="time"/> (binary search; points are in time order).</summary>
    private static T? At<T>(IReadOnlyList<T> points, DateTime time, Func<T, DateTime> timeOf) where T : class
    {
        int lo = 0, hi = points.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (timeOf(points[mid]) <= time) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 ? points[lo - 1] : null;
    }

    private static IReadOnlyList<KeepaHistoryPoint> Trim(IReadOnlyList<KeepaHistoryPoint> points, DateTime? from) =>
        from is not { } cut ? points
            : [.. points.Where(p => p.Utc <= cut).TakeLast(1).Select(p => p with { Utc = cut }), .. points.Where(p => p.Utc > cut)];

    private static IReadOnlyList<KeepaHistoryTriplet> Trim(IReadOnlyList<KeepaHistoryTriplet> points, DateTime? from) =>
        from is not { } cut ? points
            : [.. points.Where(p => p.Utc <= cut).TakeLast(1).Select(p => p with { Utc = cut }), .. points.Where(p => p.Utc > cut)];
}
