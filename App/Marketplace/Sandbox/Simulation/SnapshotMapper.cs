using SellerConsole.Marketplace.Sandbox.Simulation.Market;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>Turns an ASIN simulator's internal state (pence, seconds, serials) into public records.</summary>
internal static class SnapshotMapper
{
    public static ListingSnapshot Listing(AsinSimulator sim, WorldContext w, long now)
    {
        var ours = sim.Offers[0];
        var rank = sim.Series.SalesRank.Last;
        return new ListingSnapshot(sim.Entry.Listing, Money.FromPence(ours.Price), Money.FromPence(ours.Shipping), ours.Stock,
            sim.Purchasable(ours), sim.BuyBoxSerial == 0, Rating(sim.Series.RatingTimesTen.Last), sim.ReviewCount,
            rank > 0 ? rank : null, w.Time.ToUtc(now));
    }

    public static OfferBook Offers(AsinSimulator sim, WorldContext w, long now)
    {
        var offers = new List<MarketOffer>();
        MarketOffer? winner = null;
        foreach (var o in sim.Offers)
        {
            if (!o.Active) continue;
            var eligible = BuyBoxModel.IsEligible(o.ToCandidate() with { InStock = sim.Purchasable(o) }, sim.BuyBoxReference);
            var view = new MarketOffer(o.Seller.SellerId, o.Seller.Name, o.IsOurs, o.IsAmazon, o.IsFba,
                Money.FromPence(o.Price), Money.FromPence(o.Shipping), Money.FromPence(o.Landed),
                (decimal)o.Seller.FeedbackPercent, o.Seller.FeedbackCount, o.ShipMinDays, o.ShipMaxDays, o.Stock,
                o.Behaviour, eligible, o.Serial == sim.BuyBoxSerial, w.Time.ToUtc(o.ArrivedAt));
            offers.Add(view);
            if (view.IsBuyBoxWinner) winner = view;
        }
        var s = sim.Series;
        var rank = s.SalesRank.Last;
        return new OfferBook(sim.Entry.Listing.Asin, w.Time.ToUtc(now), offers, winner,
            Pence(s.LowestFbmLanded.Last), Pence(s.LowestFbaLanded.Last), s.NewOfferCount.Last,
            rank > 0 ? rank : null,
            Money.FromPence((long)Math.Floor(sim.BuyBoxReference * BuyBoxModel.ThresholdRatio)));
    }

    public static AsinHistory History(AsinSimulator sim, WorldContext w, long now)
    {
        var s = sim.Series;
        var offers = sim.Offers.Select(o =>
        {
            var points = Points(o.History, w, v =>
            {
                if (v == ChangePointSeries.Absent) return new OfferPricePoint(default, null, null);
                var (price, shipping) = OfferState.Decode(v);
                return new OfferPricePoint(default, Money.FromPence(price), Money.FromPence(shipping));
            }).Select(p => p.Value with { TimeUtc = p.TimeUtc }).ToList();
            // A seller that left and came back keeps one offer: first seen is its first listing, not its latest.
            return new OfferHistory(o.Seller.SellerId, o.Seller.Name, o.IsOurs, o.IsAmazon, o.IsFba,
                points.Count > 0 ? points[0].TimeUtc : w.Time.ToUtc(o.ArrivedAt), o.LeftAt >= 0 ? w.Time.ToUtc(o.LeftAt) : null, points);
        }).ToList();
        return new AsinHistory(sim.Entry.Listing.Asin, sim.Entry.Listing.Sku, w.Time.EpochUtc, w.Time.ToUtc(now),
            Points(s.OurPrice, w, Pence), Points(s.BuyBoxLanded, w, Pence),
            Points(s.BuyBoxWinner, w, v => v == ChangePointSeries.Absent ? null : sim.Offers[v].Seller.SellerId),
            Points(s.LowestFbmLanded, w, Pence), Points(s.LowestFbaLanded, w, Pence), Points(s.AmazonPrice, w, Pence),
            Points(s.SalesRank, w, Count), Points(s.NewOfferCount, w, Count), Points(s.RatingTimesTen, w, Rating),
            Points(s.ReviewCount, w, Count), offers);
    }

    public static SimOrder Order(AsinSimulator sim, OrderRecord r, WorldContext w, long now)
    {
        var l = sim.Entry.Listing;
        var unit = Money.FromPence(r.UnitPricePence);
        var item = Money.Round(unit * r.Quantity);
        var shipping = Money.FromPence(r.ShippingPence);
        var status = r.StatusAt(now);
        var items = new[]
        {
            new SimOrderItem(w.Ids.OrderItemId(l.Index, r.Sequence), l.Sku, l.Asin, l.Content.Title, r.Quantity, unit, item, shipping),
        };
        return new SimOrder(w.Ids.OrderId(l.Index, r.Sequence), w.Time.ToUtc(r.PurchasedAt), w.Time.ToUtc(r.LastUpdatedAt(now)), status,
            status == OrderStatus.Shipped ? w.Time.ToUtc(r.ClosedAt) : null,
            status == OrderStatus.Canceled ? w.Time.ToUtc(r.ClosedAt) : null,
            w.Time.ToUtc(r.LatestShipAt), PostcodeAreas.Name(r.PostcodeArea), items, item + shipping, w.Time.ToUtc(now));
    }

    private static List<ChangePoint<T>> Points<T>(ChangePointSeries s, WorldContext w, Func<int, T> map)
    {
        var list = new List<ChangePoint<T>>(s.Count);
        foreach (var (time, value) in s) list.Add(new ChangePoint<T>(w.Time.ToUtc(time), map(value)));
        return list;
    }

    private static decimal? Pence(int v) => v == ChangePointSeries.Absent || v == int.MinValue ? null : Money.FromPence(v);

    private static int? Count(int v) => v == ChangePointSeries.Absent || v == int.MinValue ? null : v;

    private static decimal? Rating(int v) => v == ChangePointSeries.Absent || v == int.MinValue ? null : v / 10m;
}
